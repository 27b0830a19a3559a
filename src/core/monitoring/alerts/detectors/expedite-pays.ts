import type Database from 'better-sqlite3';
import { dayFromIso } from '../../../ground/calendar';
import { productEntity, round1, round2, type AlertInputs, type Detection } from '../types';
import { logisticsFor } from './logistics-plan';

/**
 * An open purchase order that lands after the SKU's projected stock-out, where sending it by a
 * faster lane (air) costs less extra freight than the margin it saves. Money: margin saved less
 * the extra freight. Keyed by PO, SKU and warehouse.
 */
export function detectExpeditePays(db: Database.Database, inputs: AlertInputs): Detection[] {
  const logistics = logisticsFor(db, inputs);
  if (!logistics) return [];
  const out: Detection[] = [];
  for (const e of logistics.expediteCandidates) {
    const product = inputs.products.get(e.productId);
    if (!product) continue;
    const saving = e.marginSaved - e.extraFreight;
    if (!(saving > 0)) continue;
    const where = { locationId: e.toLocationId, location: e.to };
    out.push({
      kind: 'expeditePays',
      key: `expeditePays:${e.poNumber}:${product.sku}@${e.to}`,
      entity: { ...productEntity(product, where), poNumber: e.poNumber },
      money: round2(saving),
      moneyMethod: 'expediteSaving',
      urgencyDays: dayFromIso(e.stockoutDate) - inputs.todayDay,
      facts: {
        poNumber: e.poNumber,
        quantity: round1(e.quantity),
        stockoutDate: e.stockoutDate,
        currentArrival: e.currentArrivalDate,
        expeditedArrival: e.expeditedArrivalDate,
        mode: e.mode,
        extraFreight: round2(e.extraFreight),
        marginSaved: round2(e.marginSaved),
      },
    });
  }
  return out;
}
