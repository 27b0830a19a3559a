import { describe, expect, it } from 'vitest';
import { useLogisticsDemo } from '../../../../../test/fixtures/use-logistics-demo';
import { planLogistics } from '../../../logistics';
import { listAlerts, readAlertSettings, refreshAlerts, workspaceToday } from '..';
import { loadAlertInputs } from '../inputs';
import { newestActivePlanId } from '../newest-plan';
import { logisticsFor } from './logistics-plan';

const demo = useLogisticsDemo(60);

describe('transfer and expedite alerts', () => {
  it('raise one alert per transfer draft and expedite candidate that pays, with the money it saves', () => {
    const logistics = planLogistics(demo.ws.db);
    const summary = refreshAlerts(demo.ws.db);
    const transfers = logistics.transfers.filter((t) => t.reason.marginSaved > t.cost);
    const expedites = logistics.expediteCandidates.filter((e) => e.marginSaved > e.extraFreight);
    expect(transfers.length + expedites.length).toBeGreaterThan(0);
    // One alert per SKU-location: where a bigger alert (a stock-out) stands at the same place, it names the move in alsoKinds.
    expect(summary.byKind.transferSaves).toBeLessThanOrEqual(transfers.length);
    expect(summary.byKind.expeditePays).toBeLessThanOrEqual(expedites.length);
    const all = listAlerts(demo.ws.db, { all: true, includeCovered: true, limit: 5000 }).rows;
    const at = (kind: string, productId: number, locationId: number) =>
      all.find((r) => r.entity.productId === productId && r.entity.locationId === locationId && (r.kind === kind || String(r.facts.alsoKinds ?? '').split(',').includes(kind)));
    for (const t of transfers) {
      const alert = at('transferSaves', t.productId, t.toLocationId);
      expect(alert).toBeDefined();
      if (alert!.kind !== 'transferSaves') continue;
      expect(alert!.money).toBeCloseTo(t.reason.marginSaved - t.cost, 1);
      expect(alert).toMatchObject({ moneyMethod: 'transferSaving', facts: { from: t.from, to: t.to, mode: t.mode, shipDate: t.shipDate } });
    }
    for (const e of expedites) {
      const alert = all.find((r) => r.kind === 'expeditePays' && r.entity.poNumber === e.poNumber && r.entity.productId === e.productId)
        ?? at('expeditePays', e.productId, e.toLocationId);
      expect(alert).toBeDefined();
      if (alert!.kind !== 'expeditePays') continue;
      expect(alert!.money).toBeCloseTo(e.marginSaved - e.extraFreight, 1);
      expect(alert!.facts).toMatchObject({ stockoutDate: e.stockoutDate, expeditedArrival: e.expeditedArrivalDate, mode: e.mode });
    }
  });

  it('plan from the newest plan that is not archived, the one the rest of the check reads', () => {
    const active = newestActivePlanId(demo.ws.db);
    expect(active).not.toBeNull();
    // A newer plan that was archived (say, superseded and put away): its id is the highest.
    const archived = Number(
      demo.ws.db
        .prepare("INSERT INTO plans (created_at, plan_date, forecast_run_id, status) SELECT created_at, plan_date, forecast_run_id, 'archived' FROM plans WHERE id = ?")
        .run(active).lastInsertRowid,
    );
    try {
      expect(archived).toBeGreaterThan(active!);
      const today = workspaceToday(demo.ws.db);
      const inputs = loadAlertInputs(demo.ws.db, today, readAlertSettings(demo.ws.db));
      expect(logisticsFor(demo.ws.db, inputs)?.planId).toBe(active);
    } finally {
      demo.ws.db.prepare('DELETE FROM plans WHERE id = ?').run(archived);
    }
  });

  it('find nothing without lanes: the Logistics page says what is missing instead', () => {
    demo.ws.db.exec('DELETE FROM lanes');
    const summary = refreshAlerts(demo.ws.db);
    expect(summary.byKind.transferSaves).toBe(0);
    expect(summary.byKind.expeditePays).toBe(0);
  });
});
