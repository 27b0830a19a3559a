import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInlineTaskContext } from '../../ground/task-context';
import { alertsTask } from '../../app/jobs/tasks/alerts-task';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { detectSupplierOtif } from './detectors/supplier-otif';
import { writeDigest } from './digest';
import { loadAlertInputs } from './inputs';
import { countAlerts, listAlerts } from './queries';
import { refreshAlerts } from './refresh';
import { DEFAULT_ALERT_SETTINGS, saveAlertSettings } from './settings';

let demo: ReturnType<typeof planningDemo>;
beforeAll(() => {
  demo = planningDemo(60, false);
});
afterAll(() => demo.remove());

describe('refreshing the alerts of a demo workspace', () => {
  it('finds alerts, and a second run updates them without duplicates', () => {
    const ws = demo.open();
    try {
      // The demo comes checked; start from a workspace never checked.
      expect(countAlerts(ws.db).refreshedAt).not.toBeNull();
      ws.db.exec('DELETE FROM alerts; DELETE FROM alert_refreshes; DELETE FROM alert_cache;');
      const first = refreshAlerts(ws.db);
      expect(first.today).toBe('2026-06-30');
      expect(first.detected).toBeGreaterThan(0);
      expect(first.inserted).toBe(first.detected);
      expect(first.newHigh).toEqual([]); // the first check announces nothing: everything is new
      const second = refreshAlerts(ws.db);
      expect(second).toMatchObject({ detected: first.detected, inserted: 0, updated: first.detected, resolved: 0, newHigh: [] });
      expect(ws.db.prepare('SELECT count(*) FROM alerts').pluck().get()).toBe(first.detected);
      // Ranked by money at stake, largest first (no stale data in a fresh demo).
      const money = listAlerts(ws.db).rows.map((r) => r.money);
      expect(money).toEqual([...money].sort((a, b) => b - a));
      expect(countAlerts(ws.db).refreshedAt).not.toBeNull();
    } finally {
      ws.close();
    }
  });

  it('announces the high-priority alerts a later check raises, largest money first', () => {
    const ws = demo.open();
    try {
      refreshAlerts(ws.db);
      const lastId = ws.db.prepare('SELECT max(id) FROM alerts').pluck().get() as number;
      saveAlertSettings(ws.db, { excessWeeks: 1, highMoney: 1 });
      const later = refreshAlerts(ws.db);
      expect(later.inserted).toBeGreaterThan(0);
      expect(later.reopened).toBe(0);
      // Every new alert with money at stake from 1 is high, and announced.
      expect(later.newHigh.length).toBe(ws.db.prepare("SELECT count(*) FROM alerts WHERE id > ? AND priority = 'high'").pluck().get(lastId));
      expect(later.newHigh.every((a) => a.priority === 'high')).toBe(true);
      expect(later.newHigh.map((a) => a.money)).toEqual([...later.newHigh.map((a) => a.money)].sort((a, b) => b - a));
      saveAlertSettings(ws.db, DEFAULT_ALERT_SETTINGS);
    } finally {
      ws.close();
    }
  });

  it('raises a supplier OTIF drop just above the threshold and not just below it', () => {
    const ws = demo.open();
    try {
      const inputs = loadAlertInputs(ws.db, '2026-06-30', { ...DEFAULT_ALERT_SETTINGS, otifDropPoints: 1, otifMinDeliveries: 1 });
      const all = detectSupplierOtif(ws.db, inputs);
      expect(all.length).toBeGreaterThan(0);
      const biggest = all.reduce((a, b) => ((a.facts.dropPoints as number) > (b.facts.dropPoints as number) ? a : b));
      const drop = biggest.facts.dropPoints as number;
      const fewest = Math.min(biggest.facts.deliveriesRecent as number, biggest.facts.deliveriesBefore as number);
      const keys = (dropPoints: number, minDeliveries: number) =>
        detectSupplierOtif(ws.db, { ...inputs, settings: { ...inputs.settings, otifDropPoints: dropPoints, otifMinDeliveries: minDeliveries } }).map((d) => d.key);
      expect(keys(drop - 0.1, fewest)).toContain(biggest.key);
      expect(keys(drop + 0.1, fewest)).not.toContain(biggest.key);
      expect(keys(drop - 0.1, fewest + 1)).not.toContain(biggest.key);
      expect(biggest.moneyMethod).toBe('openPoValue');
    } finally {
      ws.close();
    }
  });

  it('writes the daily digest as Markdown and XLSX, ranked by money', async () => {
    const ws = demo.open();
    try {
      refreshAlerts(ws.db);
      const md = path.join(demo.dir, 'digest.md');
      const xlsx = path.join(demo.dir, 'digest.xlsx');
      const count = await writeDigest(ws.db, md, 'md', 'en');
      await writeDigest(ws.db, xlsx, 'xlsx', 'zh-CN');
      const text = fs.readFileSync(md, 'utf8');
      expect(text).toContain('# SupplyDesk daily alert digest');
      expect(text.match(/^\d+\. /gm)).toHaveLength(count);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      const sheet = book.getWorksheet('预警')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('SupplyDesk 每日预警摘要');
      expect(sheet.getRow(6).getCell(6).value).toBe('涉及金额');
      expect(sheet.rowCount).toBe(6 + count);
    } finally {
      ws.close();
    }
  });
});

describe('the alerts job', () => {
  it('reports its steps, and a cancelled run writes nothing', () => {
    const steps: string[] = [];
    const ctx = createInlineTaskContext((step) => steps.push(step));
    const summary = alertsTask({ path: demo.file }, ctx);
    expect(summary.detected).toBeGreaterThan(0);
    expect(new Set(steps)).toEqual(new Set(['alerts.read', 'alerts.detect', 'alerts.save']));

    const ws = demo.open();
    const before = ws.db.prepare('SELECT count(*) FROM alert_refreshes').pluck().get();
    ws.close();
    const cancelled = createInlineTaskContext();
    cancelled.cancel();
    expect(() => alertsTask({ path: demo.file }, cancelled)).toThrow(/cancelled/);
    const after = demo.open();
    expect(after.db.prepare('SELECT count(*) FROM alert_refreshes').pluck().get()).toBe(before);
    after.close();
  });
});
