import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../../ground/calendar';
import { DEFAULT_HOLDING_RATE } from '../../../planning/build-plan';
import { CLEARANCE_LOSS_RATE, excessCost } from '../excess-cost';
import { demandAheadWeekly } from '../season-ahead';
import { productEntity, round1, round2, seriesKeyOf, type AlertInputs, type Detection } from '../types';

/**
 * Stock on hand and no sale in the last N days (a product launched less than N days ago is not
 * dead yet). Money: what the stock costs while it waits (excess-cost.ts with no cover limit): holding
 * until it sells at the demand ahead, plus the clearance loss on what the year ahead will not sell —
 * a seasonal item out of season costs its holding only. Each SKU-location is one index probe into its
 * recent sales, so a selling item costs a single row read.
 */
export function detectDeadStock(db: Database.Database, inputs: AlertInputs): Detection[] {
  const days = inputs.settings.deadDays;
  const since = isoFromDay(inputs.todayDay - days);
  const soldSince = db.prepare('SELECT 1 FROM sales_daily WHERE product_id = ? AND location_id = ? AND date > ? AND date <= ? AND units > 0 LIMIT 1').pluck();
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily WHERE product_id = ? AND location_id = ? AND date <= ? AND units > 0').pluck();
  const locationIds = [...inputs.locations.keys()];
  const out: Detection[] = [];
  for (const s of inputs.series) {
    const onHand = s.position.onHand;
    if (!(onHand > 0)) continue;
    const product = inputs.products.get(s.productId);
    if (!product) continue;
    if (product.launchDate && dayFromIso(product.launchDate) > inputs.todayDay - days) continue;
    // A series summed over locations (location 0) probes each location.
    const locations = s.locationId === 0 ? locationIds : [s.locationId];
    if (locations.some((loc) => soldSince.get(s.productId, loc, since, inputs.today) !== undefined)) continue;
    let last: string | null = null;
    for (const loc of locations) {
      const date = lastSale.get(s.productId, loc, inputs.today) as string | null;
      if (date && (!last || date > last)) last = date;
    }
    const cost = excessCost(onHand, demandAheadWeekly(s, inputs.todayDay), 0, product.unitCost);
    out.push({
      kind: 'deadStock',
      key: seriesKeyOf('deadStock', product, s),
      entity: productEntity(product, s),
      money: round2(cost.money),
      moneyMethod: 'excessCost',
      urgencyDays: null,
      facts: {
        onHand: round1(onHand),
        lastSale: last,
        daysWithoutSale: last ? inputs.todayDay - dayFromIso(last) : null,
        thresholdDays: days,
        unitCost: round2(product.unitCost),
        demandYear: round1(cost.demandYear),
        unsoldUnits: round1(cost.unsoldUnits),
        holdingCost: round2(cost.holdingCost),
        clearanceCost: round2(cost.clearanceCost),
        holdingRate: DEFAULT_HOLDING_RATE,
        clearanceRate: CLEARANCE_LOSS_RATE,
      },
    });
  }
  return out;
}
