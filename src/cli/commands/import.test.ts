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

  it('says which date order it used and why; asks for --date-order when every date fits both', async () => {
    const { workspace, write } = setup();
    const lines = ['sku,date,units'];
    for (let i = 0; i < 2_500; i++) lines.push(`A${i},${String(1 + (i % 12)).padStart(2, '0')}/03/2011,1`);
    lines.push('B,13/03/2011 10:25,1', 'C,14/03/2011,1');
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', write('late.csv', lines.join('\n'))])).toBe(0);
    expect(out).toContain('Dates in "date": day/month/year (day-first: 2 values have day > 12)');
    const ambiguous = write('amb.csv', 'sku,date,units\nZ,03/04/2024,1\nY,05/06/2024,2\n');
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', ambiguous, '--on-error', 'skip'])).toBe(1);
    expect(err.join('')).toMatch(/every date in "date" fits both day\/month and month\/day\. Say which with --date-order dmy/);
    out = [];
    expect(await importCommand(['--workspace', workspace, '--kind', 'sales', ambiguous, '--date-order', 'dmy'])).toBe(0);
    expect(out).toContain('Dates in "date": day/month/year (as given)');
    await expect(importCommand(['--workspace', workspace, '--kind', 'sales', ambiguous, '--date-order', 'dd'])).rejects.toThrow(/--date-order must be dmy, mdy or ymd/);
    const ws = openWorkspace(workspace);
    expect(ws.db.prepare("SELECT date FROM sales_daily WHERE product_id = (SELECT id FROM products WHERE sku = 'Z')").pluck().get()).toBe('2024-04-03');
    expect(ws.db.prepare("SELECT date FROM sales_daily WHERE product_id = (SELECT id FROM products WHERE sku = 'B')").pluck().get()).toBe('2011-03-13');
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
