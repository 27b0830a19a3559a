import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { openWorkspace } from '../../db/workspace';
import { buildPlan, loadPlan, loadPositions, savePlan, withSharedReads } from '../../planning';
import { refreshAlerts } from './refresh';

/**
 * The `plan` command's work (plan, save, alerts check, read back) gives the same plan and alerts
 * whether its steps share their reads (positions, the run's forecasts, the stored plan) or each
 * reads afresh, on a real 300-SKU demo with a forecast run.
 */
let demo: ReturnType<typeof planningDemo>;
beforeAll(() => {
  demo = planningDemo(300);
}, 300_000);
afterAll(() => demo.remove());

function planAndCheck(file: string, shared: boolean): { lines: unknown[]; alerts: unknown[]; summary: unknown } {
  const ws = openWorkspace(file);
  try {
    const work = () => {
      const plan = buildPlan(ws.db);
      const planId = savePlan(ws.db, plan);
      refreshAlerts(ws.db);
      return loadPlan(ws.db, planId);
    };
    const stored = shared ? withSharedReads(ws.db, work) : work();
    return { lines: storedLines(ws.db, stored.id), alerts: storedAlerts(ws.db), summary: stored.summary };
  } finally {
    ws.close();
  }
}

const storedLines = (db: Database.Database, planId: number) =>
  (db.prepare('SELECT * FROM plan_lines WHERE plan_id = ? ORDER BY product_id, location_id').all(planId) as Record<string, unknown>[]).map(({ id: _id, plan_id: _plan, ...rest }) => rest);
const storedAlerts = (db: Database.Database) =>
  db.prepare('SELECT key, kind, priority, status, money, money_method, entity, facts FROM alerts ORDER BY key').all();

describe('the plan command with shared reads', () => {
  it('plans and raises exactly the alerts it would with every read done afresh', () => {
    const fresh = path.join(demo.dir, 'fresh.supplydesk');
    const shared = path.join(demo.dir, 'shared.supplydesk');
    fs.copyFileSync(demo.file, fresh);
    fs.copyFileSync(demo.file, shared);
    const a = planAndCheck(fresh, false);
    const b = planAndCheck(shared, true);
    expect(a.lines.length).toBeGreaterThan(50);
    expect(a.alerts.length).toBeGreaterThan(50);
    // Some answered by the plan's lines (the check takes them from the plan it just saved).
    expect(a.alerts.filter((x) => (x as { facts: string }).facts.includes('"planLineId":')).length).toBeGreaterThan(5);
    expect(b.summary).toEqual(a.summary);
    expect(b.lines).toEqual(a.lines);
    expect(b.alerts).toEqual(a.alerts);
  }, 300_000);

  it('reads every position once inside a scope and afresh outside one', () => {
    const ws = demo.open();
    try {
      const date = '2026-06-30';
      expect(loadPositions(ws.db, date)).not.toBe(loadPositions(ws.db, date));
      withSharedReads(ws.db, () => {
        const first = loadPositions(ws.db, date);
        expect(loadPositions(ws.db, date)).toBe(first);
        expect(loadPositions(ws.db, '2026-06-01')).not.toBe(first);
        expect(loadPositions(ws.db, date, true)).not.toBe(first);
      });
    } finally {
      ws.close();
    }
  });

  it('counts from each SKU-location’s newest stock count on or before the date', () => {
    const ws = demo.open();
    try {
      for (const date of ['2026-06-30', '2026-05-15']) {
        const newest = ws.db
          .prepare('SELECT product_id, location_id, max(date) FROM stock_snapshots WHERE date <= ? GROUP BY product_id, location_id')
          .raw(true)
          .all(date) as [number, number, string][];
        expect(newest.length).toBeGreaterThan(300);
        const positions = loadPositions(ws.db, date);
        for (const [productId, locationId, day] of newest) expect(positions.get(`${productId}:${locationId}`)?.snapshotDate).toBe(day);
        expect([...positions.values()].filter((p) => p.hasSnapshot).length).toBe(newest.length);
      }
    } finally {
      ws.close();
    }
  });
});
