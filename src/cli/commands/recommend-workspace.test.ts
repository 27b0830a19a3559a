import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recommendWorkspace } from '../../../test/fixtures/recommend-workspace';
import { CliUsageError } from '../usage-error';
import { recommendCommand } from './recommend';
import { boughtTogetherCommand } from './recommend-workspace';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-recommend-'));
const workspace = path.join(dir, 'w.supplydesk');
const out = (name: string) => path.join(dir, name);

beforeAll(async () => {
  (await recommendWorkspace(dir)).close();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

function csvRows(file: string): string[][] {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
}

describe('recommend --workspace', () => {
  it('writes customer_id,rank,sku,score,reason with N rows per listed customer with history, in the listed order', async () => {
    fs.writeFileSync(out('customers.csv'), 'customer_id\nC005\nC001\nNOBODY\n');
    await recommendCommand(['--workspace', workspace, '--customers', out('customers.csv'), '--top', '3', '--output', out('recs.csv'), '--no-backtest']);
    const [header, ...rows] = csvRows(out('recs.csv'));
    expect(header).toEqual(['customer_id', 'rank', 'sku', 'score', 'reason']);
    expect(rows.map((r) => `${r[0]}#${r[1]}`)).toEqual(['C005#1', 'C005#2', 'C005#3', 'C001#1', 'C001#2', 'C001#3']);
    expect(rows.every((r) => Number(r[3]) > 0 && /^[A-D]-0[1-6]$/.test(r[2]!))).toBe(true);
  }, 120_000);

  it('refuses a missing --top as a usage error', async () => {
    await expect(recommendCommand(['--workspace', workspace, '--output', out('x.csv')])).rejects.toBeInstanceOf(CliUsageError);
  });
});

describe('bought-together --workspace', () => {
  it('writes the pairs as CSV, XLSX and JSON in the documented format', async () => {
    await boughtTogetherCommand(['--workspace', workspace, '--output', out('pairs.csv')]);
    const [header, ...rows] = csvRows(out('pairs.csv'));
    expect(header).toEqual(['sku', 'other_sku', 'orders', 'support', 'confidence', 'lift']);
    expect(rows.find((r) => r[0] === 'A-01' && r[1] === 'A-02')).toBeTruthy();

    await boughtTogetherCommand(['--workspace', workspace, '--output', out('pairs.json'), '--min-orders', '5']);
    const json = JSON.parse(fs.readFileSync(out('pairs.json'), 'utf8')) as { format: string; version: number; rows: { orders: number }[] };
    expect(json).toMatchObject({ format: 'supplydesk-bought-together', version: 1 });
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.rows.every((r) => r.orders >= 5)).toBe(true);

    await boughtTogetherCommand(['--workspace', workspace, '--output', out('pairs.xlsx')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out('pairs.xlsx'));
    expect(book.getWorksheet('Bought together')!.getRow(1).values).toEqual([undefined, 'sku', 'other_sku', 'orders', 'support', 'confidence', 'lift']);
    expect(book.getWorksheet('About')!.getRow(1).values).toEqual([undefined, 'format', 'supplydesk-bought-together']);
  });

  it('refuses an output that is not csv, xlsx or json', async () => {
    await expect(boughtTogetherCommand(['--workspace', workspace, '--output', out('pairs.txt')])).rejects.toThrow(/\.csv, \.xlsx or \.json/);
  });
});
