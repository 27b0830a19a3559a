/**
 * Every export kind the product writes, with SKUs and supplier names that a spreadsheet would run as
 * formulas, scanned cell by cell: no text cell may start with = + - @ tab or carriage return (a cell
 * starting with '-' must be a genuine number), and the hostile names do appear, escaped.
 */

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { digestCommand } from '../../src/cli/commands/digest';
import { exportPlanCommand } from '../../src/cli/commands/export-plan';
import { forecastCommand } from '../../src/cli/commands/forecast';
import { importCommand } from '../../src/cli/commands/import';
import { planCommand } from '../../src/cli/commands/plan';
import { scorecardCommand } from '../../src/cli/commands/scorecard';
import { supplierPackCommand } from '../../src/cli/commands/supplier-pack';
import { refreshAlerts } from '../../src/core/monitoring/alerts';
import { planningDemo } from '../fixtures/planning-workspace';
import { readCsvText } from '../../src/core/ground/files/read/csv-text';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');

const HOSTILE = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)', '\tx', '\rx'];
const DANGEROUS_LEAD = /^[=+\-@\t\r]/;

let demo: ReturnType<typeof planningDemo>;
let out: string;

beforeAll(() => {
  demo = planningDemo(40, false);
  out = path.join(demo.dir, 'out');
  fs.mkdirSync(out);
  const ws = demo.open();
  const products = ws.db.prepare('SELECT id FROM products ORDER BY id LIMIT 6').pluck().all() as number[];
  const suppliers = ws.db.prepare('SELECT id FROM suppliers ORDER BY id LIMIT 6').pluck().all() as number[];
  products.forEach((id, i) => ws.db.prepare('UPDATE products SET sku = ?, name = ? WHERE id = ?').run(HOSTILE[i], HOSTILE[i], id));
  suppliers.forEach((id, i) => ws.db.prepare('UPDATE suppliers SET code = ?, name = ? WHERE id = ?').run(HOSTILE[i], HOSTILE[i], id));
  refreshAlerts(ws.db);
  ws.close();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}, 240_000);
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

/** Every bad cell, as "file sheet!cell: value". */
type Findings = { bad: string[]; escaped: Set<string> };

function scanText(where: string, value: string, findings: Findings): void {
  if (DANGEROUS_LEAD.test(value) && !(value.startsWith('-') && Number.isFinite(Number(value)) && value.trim() === value)) {
    findings.bad.push(`${where}: ${JSON.stringify(value)}`);
  }
  for (const h of HOSTILE) if (value.startsWith(`'${h}`)) findings.escaped.add(h);
}

function scanCsv(file: string, findings: Findings): void {
  const rows = readCsvText(fs.readFileSync(file, 'utf8'), ',');
  rows.forEach((cells, r) => cells.forEach((cell, c) => scanText(`${path.basename(file)} r${r + 1}c${c + 1}`, cell, findings)));
}

async function scanXlsx(file: string, findings: Findings): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const where = `${path.basename(file)} ${sheet.name}!${cell.address}`;
        if (cell.type === ExcelJS.ValueType.Formula) findings.bad.push(`${where}: formula ${String(cell.formula)}`);
        else if (typeof cell.value === 'string') scanText(where, cell.value, findings);
        else if (cell.value && typeof cell.value === 'object' && 'richText' in cell.value) {
          scanText(where, cell.value.richText.map((t) => t.text).join(''), findings);
        }
      });
    });
  }
}

function scanJson(file: string, findings: Findings): void {
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') scanText(where, value, findings);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  walk(JSON.parse(fs.readFileSync(file, 'utf8')), path.basename(file));
}

async function scan(files: string[]): Promise<Findings> {
  const findings: Findings = { bad: [], escaped: new Set() };
  for (const file of files) {
    if (file.endsWith('.csv')) scanCsv(file, findings);
    else if (file.endsWith('.xlsx')) await scanXlsx(file, findings);
    else if (file.endsWith('.json')) scanJson(file, findings);
  }
  return findings;
}

describe('every export, with hostile SKUs and supplier names', () => {
  it('plan CSV / JSON / XLSX, PO workbooks, workspace forecast CSV, scorecards, supplier pack and digest', async () => {
    const file = demo.file;
    const o = (name: string) => path.join(out, name);
    await forecastCommand(['--workspace', file, '--horizon', '8', '--output', o('forecast-workspace.csv')]);
    fs.mkdirSync(o('po'));
    await planCommand(['--workspace', file, '--output', o('plan.csv'), '--po-dir', o('po')]);
    await exportPlanCommand(['--workspace', file, '--plan', '1', '--format', 'json', '--output', o('plan.json')]);
    await exportPlanCommand(['--workspace', file, '--plan', '1', '--format', 'xlsx', '--output', o('plan.xlsx')]);
    await scorecardCommand(['--workspace', file, '--output', o('scorecard.csv')]);
    await scorecardCommand(['--workspace', file, '--output', o('scorecard.xlsx')]);
    for (const [i, supplier] of HOSTILE.slice(0, 4).entries()) {
      await supplierPackCommand(['--workspace', file, `--supplier=${supplier}`, '--output', o(`pack-${i}.xlsx`)]);
    }
    await digestCommand(['--workspace', file, '--output', o('digest.xlsx')]);

    const files = [
      ...['forecast-workspace.csv', 'plan.csv', 'plan.json', 'plan.xlsx', 'scorecard.csv', 'scorecard.xlsx', 'digest.xlsx'].map(o),
      ...[0, 1, 2, 3].map((i) => o(`pack-${i}.xlsx`)),
      ...fs.readdirSync(o('po')).map((f) => path.join(o('po'), f)),
    ];
    for (const f of files) expect(fs.existsSync(f), f).toBe(true);
    expect(fs.readdirSync(o('po')).length).toBeGreaterThan(0);
    const findings = await scan(files);
    expect(findings.bad).toEqual([]);
    expect([...findings.escaped].sort()).toEqual([...HOSTILE].sort());
    // Each kind on its own carries an escaped hostile name (so none of them is scanned empty).
    for (const f of files.filter((f) => !path.basename(f).startsWith('PO-'))) {
      expect((await scan([f])).escaped.size, path.basename(f)).toBeGreaterThan(0);
    }
  }, 300_000);

  it('the import problem report', async () => {
    const data = path.join(out, 'bad-sales.csv');
    const rows = HOSTILE.map((h, i) => `"${h.replaceAll('"', '""')}","${h}",${i % 2 === 0 ? h : '@x'}`);
    fs.writeFileSync(data, `sku,date,units\n${rows.join('\n')}\n`);
    const report = path.join(out, 'problems.csv');
    await importCommand(['--workspace', demo.file, '--kind', 'sales', data, '--on-error', 'skip', '--report', report]);
    const findings = await scan([report]);
    expect(findings.bad).toEqual([]);
    expect(findings.escaped.size).toBeGreaterThan(2);
  }, 60_000);

  it('forecast --input, the file-based CLI path', async () => {
    const input = path.join(out, 'demand.csv');
    const output = path.join(out, 'forecast-input.csv');
    let csv = 'sku,date,qty\n';
    for (let w = 0; w < 30; w++) {
      const date = new Date(Date.UTC(2025, 5, 29) - (29 - w) * 7 * 86_400_000).toISOString().slice(0, 10);
      for (const h of HOSTILE) csv += `"${h}",${date},${5 + (w % 3)}\n`;
    }
    fs.writeFileSync(input, csv);
    await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'forecast', '--input', input, '--horizon', '2', '--frequency', 'week', '--output', output], {
      cwd: repoRoot,
    });
    const findings = await scan([output]);
    expect(findings.bad).toEqual([]);
    // The demand reader trims SKUs, so the tab and carriage-return ones arrive as "x".
    for (const h of HOSTILE.slice(0, 4)) expect(findings.escaped.has(h), h).toBe(true);
  }, 120_000);
});
