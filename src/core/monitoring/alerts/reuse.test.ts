import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { runImport } from '../../import/run-import';
import { buildPlan, latestRunId, savePlan } from '../../planning';
import { dataVersion } from '../../db/data-versions';
import { refreshAlerts } from './refresh';
import { DEFAULT_ALERT_SETTINGS, saveAlertSettings } from './settings';

/**
 * A refresh whose inputs stand since the last one keeps the stored alerts as they are; the alerts
 * it keeps are exactly those a full check stores, and any input that moves (stock counts, the
 * settings, a new plan) makes it check again. On a real 300-SKU demo with a forecast run.
 */
let demo: ReturnType<typeof planningDemo>;
beforeAll(() => {
  demo = planningDemo(300);
}, 300_000);
afterAll(() => demo.remove());

const storedAlerts = (db: Database.Database) =>
  db.prepare('SELECT key, kind, priority, status, money, currency, money_method, entity, facts, first_seen, last_seen, raised_on, reopen_count FROM alerts ORDER BY key').all();
const forgetLastRefresh = (db: Database.Database) => db.prepare("DELETE FROM alert_cache WHERE name = 'refreshInputs'").run();
/** Nothing kept: the next check detects every alert again. */
const forgetEverything = (db: Database.Database) => db.prepare("DELETE FROM alert_cache WHERE name IN ('refreshInputs', 'positions') OR name LIKE 'detections:%'").run();
const keptPositionsRow = (db: Database.Database) => db.prepare("SELECT rowid, fingerprint FROM alert_cache WHERE name = 'positions'").raw(true).get();

/** A new newest forecast run with the same forecasts as the newest one (every row of it copied under a new id). */
function copyNewestRun(db: Database.Database): number {
  const runId = latestRunId(db)!;
  const next = (db.prepare('SELECT max(id) + 1 FROM forecast_runs').pluck().get() as number);
  const columns = (table: string) => (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
  const copy = (table: string, key: string) => {
    const names = columns(table);
    const values = names.map((c) => (c === key ? '?' : c === 'created_at' ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 second')" : c));
    db.prepare(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE ${key} = ?`).run(next, runId);
  };
  db.transaction(() => {
    copy('forecast_runs', 'id');
    copy('forecast_series', 'run_id');
    copy('forecast_values', 'run_id');
  })();
  expect(latestRunId(db)).toBe(next);
  return next;
}

describe('a refresh whose inputs stand', () => {
  it('keeps the stored alerts, exactly those a full check stores', () => {
    const ws = demo.open();
    try {
      savePlan(ws.db, buildPlan(ws.db));
      const full = refreshAlerts(ws.db);
      expect(full.stepsMs.reused).toBeUndefined();
      const afterFull = storedAlerts(ws.db);
      expect(afterFull.length).toBeGreaterThan(50);

      const reused = refreshAlerts(ws.db);
      expect(reused.stepsMs.reused).toBe(1);
      expect(reused).toMatchObject({ detected: full.detected, byKind: full.byKind, inserted: 0, updated: full.inserted + full.updated, reopened: 0, resolved: 0, newHigh: [] });
      expect(storedAlerts(ws.db)).toEqual(afterFull);
      // Recorded like any check: the list's "last checked" and minimum come from it.
      const last = JSON.parse(ws.db.prepare('SELECT summary FROM alert_refreshes ORDER BY id DESC LIMIT 1').pluck().get() as string) as { detected: number; minimum: number };
      expect(last.detected).toBe(full.detected);
      expect(last.minimum).toBeGreaterThan(0);

      forgetLastRefresh(ws.db);
      const again = refreshAlerts(ws.db);
      expect(again.stepsMs.reused).toBeUndefined();
      expect(again).toMatchObject({ detected: full.detected, byKind: full.byKind, inserted: 0, resolved: 0 });
      expect(storedAlerts(ws.db)).toEqual(afterFull);
    } finally {
      ws.close();
    }
  }, 300_000);

  it('checks again when stock counts, the settings or the plan move', async () => {
    const ws = demo.open();
    try {
      refreshAlerts(ws.db);
      expect(refreshAlerts(ws.db).stepsMs.reused).toBe(1);

      // A stock count of 0 today for a SKU-location that held stock: its excess or dead stock goes.
      const [sku, warehouse, date] = ws.db
        .prepare(
          `SELECT p.sku, l.code, s.date FROM stock_snapshots s JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id
           WHERE s.on_hand > 0 ORDER BY s.date DESC, s.on_hand DESC LIMIT 1`,
        )
        .raw(true)
        .get() as [string, string, string];
      const file = path.join(demo.dir, 'stock.csv');
      fs.writeFileSync(file, `商品编码,仓库,库存,日期\n${sku},${warehouse},0,${date}\n`);
      const imported = await runImport(ws.db, file, { kind: 'stock' });
      expect(imported.status).toBe('done');
      const afterStock = refreshAlerts(ws.db);
      expect(afterStock.stepsMs.reused).toBeUndefined();
      const checked = storedAlerts(ws.db);
      forgetLastRefresh(ws.db);
      refreshAlerts(ws.db);
      expect(storedAlerts(ws.db)).toEqual(checked);

      saveAlertSettings(ws.db, { excessWeeks: 3 });
      expect(refreshAlerts(ws.db).stepsMs.reused).toBeUndefined();
      saveAlertSettings(ws.db, DEFAULT_ALERT_SETTINGS);
      expect(refreshAlerts(ws.db).stepsMs.reused).toBeUndefined();
      expect(refreshAlerts(ws.db).stepsMs.reused).toBe(1);

      savePlan(ws.db, buildPlan(ws.db));
      expect(refreshAlerts(ws.db).stepsMs.reused).toBeUndefined();
      // A planner's edit of a draft line moves what the plan answers.
      ws.db.prepare("UPDATE plan_lines SET quantity = 0, edited = 1 WHERE id = (SELECT max(id) FROM plan_lines WHERE status = 'draft' AND quantity > 0)").run();
      expect(refreshAlerts(ws.db).stepsMs.reused).toBeUndefined();
    } finally {
      ws.close();
    }
  }, 300_000);

  it('keeps the detectors that read no plan after a new plan, and the logistics ones after a new run: what a full check stores', () => {
    const ws = demo.open();
    try {
      savePlan(ws.db, buildPlan(ws.db));
      refreshAlerts(ws.db);
      savePlan(ws.db, buildPlan(ws.db));
      const afterPlan = refreshAlerts(ws.db);
      expect(afterPlan.stepsMs.keptDetectors).toBe(5);
      expect(afterPlan.stepsMs.excessStock).toBeUndefined();
      expect(afterPlan.byKind.excessStock).toBeGreaterThan(0);
      const kept = storedAlerts(ws.db);
      forgetEverything(ws.db);
      const full = refreshAlerts(ws.db);
      expect(full.stepsMs.keptDetectors).toBeUndefined();
      expect(full).toMatchObject({ detected: afterPlan.detected, byKind: afterPlan.byKind, inserted: 0, resolved: 0, reopened: 0 });
      expect(storedAlerts(ws.db)).toEqual(kept);

      const positions = keptPositionsRow(ws.db);
      expect(positions).toBeDefined();
      copyNewestRun(ws.db);
      const afterRun = refreshAlerts(ws.db);
      expect(afterRun.stepsMs.keptDetectors).toBe(2);
      // The stock, sales and orders stand: the positions the last check read are read from the cache, not again.
      expect(keptPositionsRow(ws.db)).toEqual(positions);
      expect(afterRun.byKind.transferSaves + afterRun.byKind.expeditePays).toBeGreaterThan(0);
      const keptLogistics = storedAlerts(ws.db);
      forgetEverything(ws.db);
      refreshAlerts(ws.db);
      expect(storedAlerts(ws.db)).toEqual(keptLogistics);
    } finally {
      ws.close();
    }
  }, 300_000);

  it('checks again when the catalogue moves: a catalogue import and a SKU a sales file creates move the products counter', async () => {
    const ws = demo.open();
    try {
      refreshAlerts(ws.db);
      expect(refreshAlerts(ws.db).stepsMs.reused).toBe(1);
      const before = dataVersion(ws.db, 'products');
      const [sku, price] = ws.db.prepare('SELECT sku, price FROM products WHERE price IS NOT NULL ORDER BY id LIMIT 1').raw(true).get() as [string, number];
      const catalog = path.join(demo.dir, 'catalog.csv');
      fs.writeFileSync(catalog, `sku,price\n${sku},${price * 2}\n`);
      expect((await runImport(ws.db, catalog, { kind: 'catalog' })).status).toBe('done');
      expect(dataVersion(ws.db, 'products')).toBe(before + 1);
      const afterCatalog = refreshAlerts(ws.db);
      expect(afterCatalog.stepsMs.reused).toBeUndefined();
      expect(afterCatalog.stepsMs.keptDetectors).toBeUndefined();

      const [warehouse, date] = ws.db.prepare('SELECT l.code, max(s.date) FROM sales_daily s JOIN locations l ON l.id = s.location_id').raw(true).get() as [string, string];
      const sales = path.join(demo.dir, 'new-sku-sales.csv');
      fs.writeFileSync(sales, `sku,warehouse,date,units\nNEW-SKU-1,${warehouse},${date},1\n`);
      expect((await runImport(ws.db, sales, { kind: 'sales' })).status).toBe('done');
      expect(dataVersion(ws.db, 'products')).toBe(before + 2);
    } finally {
      ws.close();
    }
  }, 300_000);
});
