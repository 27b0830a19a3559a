import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logisticsDemo } from '../../../../../test/fixtures/logistics-workspace';
import type { Workspace } from '../../../db/workspace';
import { planLogistics } from '../../../logistics';
import { listAlerts, refreshAlerts } from '..';

let demo: ReturnType<typeof logisticsDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = logisticsDemo(60);
  ws = demo.open();
}, 120_000);
afterAll(() => {
  ws.close();
  demo.remove();
});

describe('transfer and expedite alerts', () => {
  it('raise one alert per transfer draft and expedite candidate that pays, with the money it saves', () => {
    const logistics = planLogistics(ws.db);
    const summary = refreshAlerts(ws.db);
    const transfers = logistics.transfers.filter((t) => t.reason.marginSaved > t.cost);
    const expedites = logistics.expediteCandidates.filter((e) => e.marginSaved > e.extraFreight);
    expect(transfers.length + expedites.length).toBeGreaterThan(0);
    expect(summary.byKind.transferSaves).toBe(transfers.length);
    expect(summary.byKind.expeditePays).toBe(expedites.length);
    const rows = listAlerts(ws.db, { kinds: ['transferSaves', 'expeditePays'], limit: 500 }).rows;
    for (const t of transfers) {
      const alert = rows.find((r) => r.kind === 'transferSaves' && r.entity.productId === t.productId && r.entity.locationId === t.toLocationId)!;
      expect(alert.money).toBeCloseTo(t.reason.marginSaved - t.cost, 1);
      expect(alert).toMatchObject({ moneyMethod: 'transferSaving', facts: { from: t.from, to: t.to, mode: t.mode, shipDate: t.shipDate } });
    }
    for (const e of expedites) {
      const alert = rows.find((r) => r.kind === 'expeditePays' && r.entity.poNumber === e.poNumber && r.entity.productId === e.productId)!;
      expect(alert.money).toBeCloseTo(e.marginSaved - e.extraFreight, 1);
      expect(alert.facts).toMatchObject({ stockoutDate: e.stockoutDate, expeditedArrival: e.expeditedArrivalDate, mode: e.mode });
    }
  });

  it('find nothing without lanes: the Logistics page says what is missing instead', () => {
    ws.db.exec('DELETE FROM lanes');
    const summary = refreshAlerts(ws.db);
    expect(summary.byKind.transferSaves).toBe(0);
    expect(summary.byKind.expeditePays).toBe(0);
  });
});
