import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../../ground/calendar';
import { productEntity, round1, round2, seriesKeyOf, type AlertInputs, type Detection } from '../types';

/**
 * Stock on hand and no sale in the last N days (a product launched less than N days ago is not
 * dead yet). Money: the stock's value at cost. Each SKU-location is one index probe into its
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
    out.push({
      kind: 'deadStock',
      key: seriesKeyOf('deadStock', product, s),
      entity: productEntity(product, s),
      money: round2(onHand * product.unitCost),
      moneyMethod: 'stockValue',
      urgencyDays: null,
      facts: {
        onHand: round1(onHand),
        lastSale: last,
        daysWithoutSale: last ? inputs.todayDay - dayFromIso(last) : null,
        thresholdDays: days,
        unitCost: round2(product.unitCost),
      },
    });
  }
  return out;
}
