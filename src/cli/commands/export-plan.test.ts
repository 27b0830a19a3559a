import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPlan, loadPlan, readPlanFile, savePlan } from '../../core/planning';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { CliUsageError } from '../usage-error';
import { exportPlanCommand } from './export-plan';

let demo: ReturnType<typeof planningDemo>;
let planId = 0;

beforeAll(() => {
  demo = planningDemo(60);
  const ws = demo.open();
  planId = savePlan(ws.db, buildPlan(ws.db, {}));
  ws.close();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

describe('export command', () => {
  it('exports a saved plan in each format with the same lines', async () => {
    const ws = demo.open();
    const expected = loadPlan(ws.db, planId).lines.filter((l) => l.quantity > 0).map((l) => [l.sku, l.location, l.quantity]);
    ws.close();
    for (const format of ['csv', 'json', 'xlsx']) {
      const file = path.join(demo.dir, `export.${format}`);
      await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', format, '--output', file]);
      expect((await readPlanFile(file)).map((l) => [l.sku, l.location, l.quantity])).toEqual(expected);
    }
  });

  it('words the reason column in --locale zh-CN, and keeps the English sentence by default', async () => {
    const ws = demo.open();
    const stored = loadPlan(ws.db, planId).lines.filter((l) => l.quantity > 0).map((l) => l.reason);
    ws.close();
    const english = path.join(demo.dir, 'english.csv');
    await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'csv', '--output', english]);
    expect((await readPlanFile(english)).map((l) => l.reason)).toEqual(stored);

    const chinese = path.join(demo.dir, 'chinese.json');
    await exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'json', '--output', chinese, '--locale', 'zh-CN']);
    const json = JSON.parse(fs.readFileSync(chinese, 'utf8')) as { locale: string; minor_version: number; lines: { reason: string }[] };
    expect(json.locale).toBe('zh-CN');
    expect(json.lines.length).toBe(stored.length);
    for (const line of json.lines) {
      expect(line.reason).toMatch(/需覆盖 .* 天需求/);
      expect(line.reason).not.toMatch(/demand|on hand|position/);
    }
    await expect(
      exportPlanCommand(['--workspace', demo.file, '--plan', String(planId), '--format', 'csv', '--output', english, '--locale', 'fr']),
    ).rejects.toThrow(CliUsageError);
  });

  it('refuses an unknown plan, format or mismatched extension', async () => {
    await expect(exportPlanCommand(['--workspace', demo.file, '--plan', '99', '--format', 'csv', '--output', path.join(demo.dir, 'x.csv')])).rejects.toThrow(/No plan 99/);
    await expect(exportPlanCommand(['--workspace', demo.file, '--plan', '1', '--format', 'pdf', '--output', path.join(demo.dir, 'x.pdf')])).rejects.toThrow(CliUsageError);
    await expect(exportPlanCommand(['--workspace', demo.file, '--plan', '1', '--format', 'csv', '--output', path.join(demo.dir, 'x.json')])).rejects.toThrow(CliUsageError);
  });
});
