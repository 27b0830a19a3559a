import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readPlanFile } from '../../core/planning';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { CliUsageError } from '../usage-error';
import { MAX_LINE } from '../short-lines';
import { planCommand, planReport } from './plan';

let demo: ReturnType<typeof planningDemo>;
const stderr: string[] = [];

beforeAll(() => {
  demo = planningDemo(60, false);
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

const out = (name: string) => path.join(demo.dir, name);

describe('plan command', () => {
  it('forecasts first when the workspace has none, and writes the documented CSV columns', async () => {
    await planCommand(['--workspace', demo.file, '--service', '0.95', '--output', out('plan.csv')]);
    expect(stderr.join('')).toMatch(/no forecast run: running a weekly forecast first/);
    const [header] = fs.readFileSync(out('plan.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const columns = header!.split(',');
    for (const c of ['plan_id', 'sku', 'location', 'supplier', 'quantity', 'unit_cost', 'moq', 'order_multiple', 'order_date', 'expected_arrival', 'reason']) {
      expect(columns).toContain(c);
    }
    const lines = await readPlanFile(out('plan.csv'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.plan_id === 1 && l.service_level === 0.95 && l.quantity > 0)).toBe(true);
  });

  it('writes JSON and XLSX with a budget, and purchase orders per supplier', async () => {
    await planCommand(['--workspace', demo.file, '--budget', '20000', '--output', out('plan.json'), '--po-dir', out('po')]);
    const doc = JSON.parse(fs.readFileSync(out('plan.json'), 'utf8')) as { format: string; version: number; lines: { quantity: number; unit_cost: number }[] };
    expect(doc).toMatchObject({ format: 'supplydesk-plan', version: 1 });
    expect(doc.lines.reduce((s, l) => s + l.quantity * l.unit_cost, 0)).toBeLessThanOrEqual(20000 + 1e-6);
    expect(fs.readdirSync(out('po')).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThan(0);
    await planCommand(['--workspace', demo.file, '--output', out('plan.xlsx')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('plan.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Plan', 'PO drafts', 'About']);
  });

  it('prints only short lines, at many suppliers below their minimum too', async () => {
    const log = vi.mocked(console.log);
    log.mockClear();
    await planCommand(['--workspace', demo.file, '--output', out('short.csv')]);
    const printed = log.mock.calls.map((c) => String(c[0]));
    expect(printed[0]).toMatch(/^Plan \d+ \(/);
    for (const line of printed) expect(line.length, line).toBeLessThanOrEqual(MAX_LINE);

    const drafts = Array.from({ length: 137 }, (_, i) => ({ supplier: `SUP-${String(i).padStart(4, '0')}`, location: 'WH-SHANGHAI', minOrderValueMet: i % 7 === 0 ? null : false }));
    const summary = { skuLocations: 100_000, linesToOrder: 31_600, units: 1_234_567, value: 98_765_432.1, noSnapshot: 0, noSupplier: 0, missingInputs: { stockAndTerms: 12_345, termsOnly: 2, stockOnly: 1 }, budget: 5_000_000, cutLines: 1_200, cutValue: 4_321_000, };
    const report = planReport({ planId: 12, plan: { planDate: '2026-06-30', runId: 4, summary }, output: `${'/a-long-folder-name'.repeat(8)}/plan.csv`, seconds: 3.2, lines: 31_600, drafts });
    for (const line of report) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    const unmet = report.find((l) => l.startsWith('Minimum order value not met'))!;
    expect(unmet).toMatch(/^Minimum order value not met \(117 drafts\), 117 suppliers: SUP-0001, SUP-0002, .* … and \d+ more$/);
    expect(report.join('\n')).toContain('12,345 SKUs have no stock snapshot and no supplier terms');
  });

  it('reports usage mistakes as usage errors', async () => {
    await expect(planCommand(['--workspace', demo.file, '--output', out('plan.pdf')])).rejects.toThrow(CliUsageError);
    await expect(planCommand(['--output', out('plan.csv')])).rejects.toThrow(/--workspace is required/);
    await expect(planCommand(['--workspace', demo.file, '--service', '95', '--output', out('x.csv')])).rejects.toThrow(CliUsageError);
    await expect(planCommand(['--workspace', demo.file, '--budget', '-3', '--output', out('x.csv')])).rejects.toThrow(CliUsageError);
  });
});
