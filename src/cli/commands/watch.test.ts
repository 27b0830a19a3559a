import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace } from '../../core/db/workspace';
import { importCommand } from './import';
import { watchCommand } from './watch';

describe('cli: watch --once', () => {
  const tempDir = useTempDir();
  let out: string[];

  beforeEach(() => {
    out = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it('imports what is ready, reports failures with row and column, and leaves cut files waiting', async () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'w.supplydesk');
    createWorkspace(workspace, { name: 'Shop' }).close();
    const header = 'sku,date,units,location\n';
    fs.writeFileSync(path.join(dir, 'seed.csv'), `${header}A,2026-06-01,1,WH1\n`);
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', path.join(dir, 'seed.csv')])).toBe(0);
    const drop = path.join(dir, 'drop');
    fs.mkdirSync(drop);
    fs.writeFileSync(path.join(drop, 'day.csv'), `${header}A,2026-06-02,3,WH1\n`);
    fs.writeFileSync(path.join(drop, 'bad.csv'), `${header}A,2026-06-03,3,WH1\nB,2026-06-03,x,WH1\n`);
    fs.writeFileSync(path.join(drop, 'half.csv'), `${header}A,2026-06-04,3,WH1\nB,2026-06`);
    fs.writeFileSync(path.join(drop, 'day.csv.crdownload'), `${header}A,2026-06-05,3,WH1\n`);
    out = [];
    const args = ['--workspace', workspace, '--folder', drop, '--once', '--stable-ms', '100'];
    expect(await watchCommand(args)).toBe(1);
    expect(out.map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'failed bad.csv: row 3, column units: Units sold: "x" is not a number (nothing was written)',
      'imported day.csv: sales, import #2, 1 row',
      'waiting half.csv: the last line has 2 of 4 fields',
    ]);
    // Run again: nothing is imported twice.
    out = [];
    expect(await watchCommand([...args, '--json'])).toBe(0);
    expect(out.map((l) => (JSON.parse(l) as { name: string; status: string }).status)).toEqual(['waiting']);
  });
});
