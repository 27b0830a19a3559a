import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createInlineTaskContext } from '../ground/task-context';
import { effectiveForecast } from './effective-forecast';
import { addOverride, listOverrides, removeOverride } from './overrides';
import { runWorkspaceForecast } from './run-forecast';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';

describe('planner overrides', () => {
  const tempDir = useTempDir();

  /** Two warehouses, one SKU selling ~10 a day in A and ~30 in B; a weekly run of 10 weeks from 2026-07-07. */
  function forecastShop() {
    const ws = emptyWorkspace(tempDir());
    const a = addLocation(ws.db, 'A');
    const b = addLocation(ws.db, 'B');
    const p = addProduct(ws.db, { sku: 'P' });
    addDailySales(ws.db, p, a, '2025-07-01', steadyUnits(365, 10));
    addDailySales(ws.db, p, b, '2025-07-01', steadyUnits(365, 30, 2));
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 10 }, createInlineTaskContext());
    return { ws, a, b, p, runId };
  }

  it('scales mean and quantiles by a percentage, at one location and in range only', () => {
    const { ws, a, b, p, runId } = forecastShop();
    const before = effectiveForecast(ws.db, runId);
    const o = addOverride(ws.db, { productId: p, locationId: a, fromDate: '2026-07-01', toDate: '2026-07-31', kind: 'percent', value: 50, reason: 'summer campaign' });
    const after = effectiveForecast(ws.db, runId);
    const july = after.filter((r) => r.locationId === a && r.bucketDate <= '2026-07-31');
    expect(july.map((r) => r.bucketDate)).toEqual(['2026-07-07', '2026-07-14', '2026-07-21', '2026-07-28']);
    for (const row of july) {
      expect(row.mean).toBeCloseTo(row.original.mean * 1.5, 9);
      expect(row.p90).toBeCloseTo(row.original.p90 * 1.5, 9);
      expect(row.variance).toBeCloseTo(row.original.variance * 2.25, 9);
      expect(row.overrideIds).toEqual([o.id]);
    }
    const untouched = after.filter((r) => r.locationId === b || r.bucketDate > '2026-07-31');
    expect(untouched.every((r) => r.overrideIds.length === 0 && r.mean === r.original.mean)).toBe(true);
    expect(before.map((r) => r.mean)).toEqual(after.map((r) => r.original.mean));
  });

  it('sets a value for all locations, split by their forecast shares, in the unit it was entered in', () => {
    const { ws, a, b, p, runId } = forecastShop();
    addOverride(ws.db, { productId: p, fromDate: '2026-08-01', toDate: '2026-08-31', kind: 'set', value: 20, valuePer: 'day', reason: 'marketplace listing' });
    const august = effectiveForecast(ws.db, runId, { from: '2026-08-01', to: '2026-08-31' });
    const dates = [...new Set(august.map((r) => r.bucketDate))];
    expect(dates).toHaveLength(4);
    for (const date of dates) {
      const [rowA, rowB] = [a, b].map((l) => august.find((r) => r.bucketDate === date && r.locationId === l)!);
      // 20 a day = 140 a week, split as the forecast splits it (about 1 : 3).
      expect(rowA!.mean + rowB!.mean).toBeCloseTo(140, 9);
      expect(rowA!.mean / rowB!.mean).toBeCloseTo(rowA!.original.mean / rowB!.original.mean, 9);
      expect(rowB!.p50 / rowB!.original.p50).toBeCloseTo(rowB!.mean / rowB!.original.mean, 9);
    }
  });

  it('audits every change and reverts when an override is removed', () => {
    const { ws, a, p, runId } = forecastShop();
    const o = addOverride(ws.db, { productId: p, locationId: a, fromDate: '2026-07-01', toDate: '2026-09-30', kind: 'set', value: 0, valuePer: 'week', reason: 'delisted for a quarter', createdBy: 'mei' });
    expect(effectiveForecast(ws.db, runId, { locationId: a }).every((r) => r.mean === 0 && r.p99 === 0)).toBe(true);
    const removed = removeOverride(ws.db, o.id, 'li');
    expect(removed.active).toBe(false);
    expect(removed.removedBy).toBe('li');
    expect(listOverrides(ws.db)).toHaveLength(0);
    expect(listOverrides(ws.db, { activeOnly: false })).toHaveLength(1);
    expect(effectiveForecast(ws.db, runId, { locationId: a }).every((r) => r.overrideIds.length === 0)).toBe(true);
    const audit = ws.db.prepare("SELECT actor, action, entity_id, details FROM audit_log WHERE entity = 'forecast_override' ORDER BY id").all() as {
      actor: string;
      action: string;
      entity_id: string;
      details: string;
    }[];
    expect(audit.map((r) => [r.actor, r.action, r.entity_id])).toEqual([
      ['mei', 'forecast_override.add', String(o.id)],
      ['li', 'forecast_override.remove', String(o.id)],
    ]);
    const removal = JSON.parse(audit[1]!.details) as { before: { active: boolean }; after: { active: boolean; reason: string } };
    expect(removal.before.active).toBe(true);
    expect(removal.after.active).toBe(false);
    expect(removal.after.reason).toBe('delisted for a quarter');
  });

  it('refuses overrides without a reason, a unit, or a sensible value', () => {
    const { ws, p } = forecastShop();
    const base = { productId: p, fromDate: '2026-07-01', toDate: '2026-07-31' };
    expect(() => addOverride(ws.db, { ...base, kind: 'percent', value: 10, reason: ' ' })).toThrow(/reason/);
    expect(() => addOverride(ws.db, { ...base, kind: 'set', value: 10, reason: 'x' })).toThrow(/per day, week or month/);
    expect(() => addOverride(ws.db, { ...base, kind: 'percent', value: -120, reason: 'x' })).toThrow(/−100%/);
    expect(() => addOverride(ws.db, { ...base, toDate: '2026-06-01', kind: 'percent', value: 5, reason: 'x' })).toThrow(/ends before/);
    expect(() => addOverride(ws.db, { ...base, productId: 999, kind: 'percent', value: 5, reason: 'x' })).toThrow(/No product/);
  });
});
