import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { emptyWorkspace } from '../../../test/fixtures/forecasting-workspace';
import { openWorkspace } from '../../core/db/workspace';
import { dayFromIso } from '../../core/ground/calendar';
import { readEventSpans } from '../../core/forecasting/event-spans';
import { eventsCommand } from './events';

describe('events --workspace F [--import] [--export]', () => {
  const tempDir = useTempDir();
  beforeAll(() => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  function setup() {
    const dir = tempDir();
    emptyWorkspace(dir).close();
    const workspace = path.join(dir, 'hand.supplydesk');
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    };
    const spans = (from: string, to: string) => {
      const ws = openWorkspace(workspace);
      try {
        return readEventSpans(ws.db, dayFromIso(from), dayFromIso(to));
      } finally {
        ws.close();
      }
    };
    return { dir, workspace, write, spans };
  }

  it('imports a brand day over two years and a moved Double 11, then exports key,name,from,to', async () => {
    const { dir, workspace, write, spans } = setup();
    const file = write('events.csv', 'key,name,from,to\r\nbrandDay,品牌日,2025-09-09,2025-09-10\r\nbrandDay,,2026-09-08,2026-09-10\r\ndouble11,双十一,2026-10-31,2026-11-11\r\n');
    await eventsCommand(['--workspace', workspace, '--import', file]);
    expect(spans('2026-09-01', '2026-11-30').map((s) => `${s.key} ${s.from} ${s.to}`)).toEqual([
      'brandDay 2026-09-08 2026-09-10',
      'double11 2026-10-31 2026-11-11',
      'blackFriday 2026-11-27 2026-11-30',
    ]);
    const out = path.join(dir, 'out.csv');
    await eventsCommand(['--workspace', workspace, '--export', out, '--locale', 'zh-CN']);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('key,name,from,to');
    expect(lines).toContain('brandDay,品牌日,2025-09-09,2025-09-10');
    expect(lines).toContain('double11,双十一,2026-10-31,2026-11-11');
    expect(lines).toContain('springFestival,春节,2026-02-17,2026-02-23');
    expect(lines.length - 1).toBe(7 * 41 + 2);
  });

  it('refuses a bad row by file, row and column and changes nothing', async () => {
    const { workspace, write, spans } = setup();
    const before = spans('2026-01-01', '2026-12-31');
    const bad = write('bad.csv', 'key,name,from,to\nmid618,,2026-05-20,2026-06-18\ndouble12,,2026-12-12,2026-12-08\n');
    await expect(eventsCommand(['--workspace', workspace, '--import', bad])).rejects.toMatchObject({ message: 'bad.csv, row 3, column to: the event ends (2026-12-08) before it starts (2026-12-12)' });
    const long = write('long.csv', 'key,name,from,to\nmid618,,2026-05-20,2026-06-18\nsummer,Summer,2026-01-01,2026-12-31\n');
    await expect(eventsCommand(['--workspace', workspace, '--import', long])).rejects.toMatchObject({ message: expect.stringMatching(/^long\.csv, row 3, column to: lasts 365 days/) });
    await expect(eventsCommand(['--workspace', workspace, '--import', write('cols.csv', 'key,from,to\nx,2026-01-01,2026-01-02\n')])).rejects.toThrow(/no "name" column/);
    await expect(eventsCommand(['--workspace', workspace, '--import', write('date.csv', 'key,name,from,to\nx,X,2026/01/01,2026-01-02\n')])).rejects.toMatchObject({
      details: { file: 'date.csv', row: 2, column: 'from' },
    });
    expect(spans('2026-01-01', '2026-12-31')).toEqual(before);
  });
});
