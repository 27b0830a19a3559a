import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { demoTask } from '../../core/app/jobs/tasks/demo-task';
import { CliUsageError } from '../usage-error';
import { scorecardCommand } from './scorecard';
import { supplierPackCommand } from './supplier-pack';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-scorecard-'));
const workspace = path.join(dir, 'demo.supplydesk');
const out = (name: string) => path.join(dir, name);

beforeAll(() => {
  demoTask({ path: workspace, name: 'Demo', skus: 120, seed: 7, asOf: '2026-06-30' }, createInlineTaskContext());
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const names = header!.split(',');
  // Demo supplier names have no commas, so a plain split is enough here.
  return rows.map((row) => Object.fromEntries(row.split(',').map((value, i) => [names[i]!, value])));
}

describe('scorecard command', () => {
  it('writes one CSV row per supplier with the documented columns and rates as fractions', async () => {
    await scorecardCommand(['--workspace', workspace, '--output', out('cards.csv')]);
    const rows = readCsv(out('cards.csv'));
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const required = ['supplier', 'po_lines', 'deliveries', 'on_time_rate', 'in_full_rate', 'otif', 'fill_rate',
      'lead_time_mean_days', 'lead_time_p90_days', 'score', 'grade'];
    for (const column of required) expect(Object.keys(rows[0]!)).toContain(column);
    for (const row of rows) {
      for (const rate of ['on_time_rate', 'in_full_rate', 'otif', 'fill_rate']) {
        expect(Number(row[rate])).toBeGreaterThanOrEqual(0);
        expect(Number(row[rate])).toBeLessThanOrEqual(1);
      }
      expect(row.grade).toMatch(/^[A-E]$/);
    }
    expect(Number(rows[0]!.score)).toBeGreaterThanOrEqual(Number(rows.at(-1)!.score));
  });

  it('takes a period and a tolerance, and writes XLSX', async () => {
    await scorecardCommand(['--workspace', workspace, '--from', '2026-01-01', '--to', '2026-06-30', '--tolerance-days', '3', '--output', out('cards.xlsx')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('cards.xlsx'));
    const sheet = workbook.getWorksheet('Scorecards')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('supplier');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(8);
  });

  it('reports usage mistakes as usage errors', async () => {
    await expect(scorecardCommand(['--workspace', workspace, '--output', out('cards.pdf')])).rejects.toThrow(CliUsageError);
    await expect(scorecardCommand(['--output', out('cards.csv')])).rejects.toThrow(/--workspace is required/);
    await expect(scorecardCommand(['--workspace', workspace, '--output', out('x.csv'), '--tolerance-days', '-1'])).rejects.toThrow(CliUsageError);
    await expect(scorecardCommand(['--workspace', workspace, '--output', out('x.csv'), '--from', 'June'])).rejects.toThrow(CliUsageError);
  });
});

describe('supplier-pack command', () => {
  it('writes the pack for a supplier given by code or id', async () => {
    await supplierPackCommand(['--workspace', workspace, '--supplier', 'SUP-0007', '--output', out('pack.xlsx'), '--weeks', '6']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('pack.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Scorecard', 'Open POs', 'Forecast']);
    await supplierPackCommand(['--workspace', workspace, '--supplier', '4', '--output', out('pack4.xlsx')]);
    expect(fs.existsSync(out('pack4.xlsx'))).toBe(true);
  });

  it('refuses an unknown supplier and a non-xlsx output', async () => {
    await expect(supplierPackCommand(['--workspace', workspace, '--supplier', 'NOPE', '--output', out('p.xlsx')])).rejects.toThrow(/no supplier/);
    await expect(supplierPackCommand(['--workspace', workspace, '--supplier', '1', '--output', out('p.csv')])).rejects.toThrow(CliUsageError);
    expect(fs.existsSync(out('p.xlsx'))).toBe(false);
  });
});
