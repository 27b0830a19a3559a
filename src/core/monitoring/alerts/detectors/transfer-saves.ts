import type Database from 'better-sqlite3';
import { dayFromIso } from '../../../ground/calendar';
import { productEntity, round1, round2, seriesKeyOf, type AlertInputs, type Detection } from '../types';
import { logisticsFor } from './logistics-plan';

/**
 * A transfer draft of the newest plan's logistics: one warehouse's excess covers another's shortage
 * for less than the shortage costs. Money: the margin the move saves less what it costs (freight
 * and fees), comparable with the margin the stock-out alerts count. Keyed by SKU and destination.
 */
export function detectTransferSaves(db: Database.Database, inputs: AlertInputs): Detection[] {
  const logistics = logisticsFor(db, inputs);
  if (!logistics) return [];
  const out: Detection[] = [];
  for (const t of logistics.transfers) {
    const product = inputs.products.get(t.productId);
    if (!product) continue;
    const saving = t.reason.marginSaved - t.cost;
    if (!(saving > 0)) continue;
    const destination = { locationId: t.toLocationId, location: t.to };
    out.push({
      kind: 'transferSaves',
      key: seriesKeyOf('transferSaves', product, destination),
      entity: productEntity(product, destination),
      money: round2(saving),
      moneyMethod: 'transferSaving',
      urgencyDays: Math.max(0, dayFromIso(t.shipDate) - inputs.todayDay),
      facts: {
        quantity: round1(t.quantity),
        from: t.from,
        to: t.to,
        mode: t.mode,
        shipDate: t.shipDate,
        arrivalDate: t.arrivalDate,
        transferCost: round2(t.cost),
        marginSaved: round2(t.reason.marginSaved),
        shortUnitsPrevented: round1(t.reason.shortUnitsPrevented),
      },
    });
  }
  return out;
}
