import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace, openWorkspace } from '../../core/db/workspace';
import { CliUsageError } from '../usage-error';
import { importCommand } from './import';

describe('cli: import', () => {
  const tempDir = useTempDir();
  let out: string[];
  let err: string[];

  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  function setup() {
    const dir = tempDir();
    const workspace = path.join(dir, 'w.supplydesk');
    createWorkspace(workspace, { name: 'Shop' }).close();
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    return { dir, workspace, write };
  }

  it('imports a file and prints rows read, stored, skipped and warnings', async () => {
    const { workspace, write, dir } = setup();
    const data = write('sales.csv', 'sku,date,units\nA,2024-01-01,3\nB,2024-01-02,4\n');
    const report = path.join(dir, 'report.csv');
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', data, '--report', report])).toBe(0);
    expect(out[0]).toMatch(/^Imported sales from sales\.csv into "Shop" \(import #1\) in \d+\.\d s$/);
    expect(out.slice(1, 5).map((l) => l.replace(/\s+/g, ' ').trim())).toEqual(['rows read 2', 'stored 2', 'skipped 0', 'warnings 2']);
    const csv = fs.readFileSync(report, 'utf8');
    expect(csv.startsWith('\ufefffile,row,column,field,value,severity,code,message\r\n')).toBe(true);
    expect(csv).toMatch(/new_products/);
    const ws = openWorkspace(workspace);
    expect(ws.db.prepare('SELECT count(*) FROM sales_daily').pluck().get()).toBe(2);
    ws.close();
  });

  it('exits 1 and writes nothing when it aborts; --on-error skip imports the valid rows', async () => {
    const { workspace, write, dir } = setup();
    const data = write('bad.csv', 'sku,date,units\nA,2024-01-01,3\nB,not a date,4\n');
    const report = path.join(dir, 'problems.json');
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', data, '--report', report])).toBe(1);
    expect(err.join('')).toMatch(/import aborted: 1 errors, nothing was written/);
    expect(out.join('\n')).toMatch(/error {3}row 3, date: Date: "not a date" is not a date/);
    expect(JSON.parse(fs.readFileSync(report, 'utf8'))).toMatchObject({ errors: 1, status: 'aborted' });
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', data, '--on-error', 'skip', '--json'])).toBe(0);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ status: 'done', rowsStored: 1, rowsSkipped: 1 });
  });

  it('takes a mapping file, and undoes an import', async () => {
    const { workspace, write } = setup();
    const data = write('odd.csv', 'Artikel;Tag;Stück\nA;01.02.2024;1,5\n');
    const mapping = write('mapping.json', JSON.stringify({ columns: { sku: 'Artikel', date: 'Tag', units: 'Stück' }, dateOrder: 'DMY' }));
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', data, '--mapping', mapping, '--encoding', 'utf8'])).toBe(0);
    expect(await importCommand(['--workspace', workspace, '--undo', '1'])).toBe(0);
    expect(out.at(-1)).toMatch(/^Undid import #1 \(rows changed: .*sales_daily 1/);
    const bad = write('bad-mapping.json', JSON.stringify({ columns: { sku: ['x'] } }));
    await expect(importCommand(['--workspace', workspace, '--kind', 'sales', data, '--mapping', bad])).rejects.toThrow(/is not a mapping: columns\.sku/);
  });

  it('refuses bad usage with a usage error (exit 2)', async () => {
    const { workspace, write } = setup();
    const data = write('s.csv', 'sku,date,units\nA,2024-01-01,1\n');
    await expect(importCommand(['--workspace', workspace, data])).rejects.toThrow(CliUsageError);
    await expect(importCommand(['--workspace', workspace, '--kind', 'sale', data])).rejects.toThrow(/--kind must be one of catalog, suppliers/);
    await expect(importCommand(['--workspace', workspace, '--kind', 'sales'])).rejects.toThrow(/exactly one DATAFILE/);
    await expect(importCommand(['--workspace', workspace, '--kind', 'sales', data, '--encoding', 'latin1'])).rejects.toThrow(/--encoding must be/);
    await expect(importCommand(['--workspace', workspace, '--kind', 'sales', data, '--on-error', 'maybe'])).rejects.toThrow(/--on-error must be/);
  });
});
