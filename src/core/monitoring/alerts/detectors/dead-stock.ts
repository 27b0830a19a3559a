import type Database from 'better-sqlite3';
import { dayFromIso, isoFromDay } from '../../../ground/calendar';
import { DEFAULT_HOLDING_RATE } from '../../../planning/build-plan';
import { CLEARANCE_LOSS_RATE, excessCost } from '../excess-cost';
import { demandAheadWeekly } from '../season-ahead';
import { seriesKey } from '../../../planning/load-forecasts';
import { productEntity, round1, round2, seriesKeyOf, type AlertInputs, type Detection } from '../types';

/**
 * Stock on hand and no sale in the last N days (a product launched less than N days ago is not
 * dead yet). Money: what the stock costs while it waits (excess-cost.ts with no cover limit): holding
 * until it sells at the demand ahead, plus the clearance loss on what the year ahead will not sell —
 * a seasonal item out of season costs its holding only. One query finds every stocked SKU-location's
 * last sale (lastSales): a selling item costs a single row read, seeking back from today.
 */
export function detectDeadStock(db: Database.Database, inputs: AlertInputs): Detection[] {
  const days = inputs.settings.deadDays;
  const since = isoFromDay(inputs.todayDay - days);
  const locationIds = [...inputs.locations.keys()];
  const stocked = inputs.series.flatMap((s) => {
    const product = inputs.products.get(s.productId);
    if (!(s.position.onHand > 0) || !product) return [];
    if (product.launchDate && dayFromIso(product.launchDate) > inputs.todayDay - days) return [];
    // A series summed over locations (location 0) looks at each location.
    return [{ s, product, locations: s.locationId === 0 ? locationIds : [s.locationId] }];
  });
  const lastSaleAt = lastSales(db, stocked.flatMap(({ s, locations }) => locations.map((loc): [number, number] => [s.productId, loc])), inputs.today);
  const out: Detection[] = [];
  for (const { s, product, locations } of stocked) {
    let last: string | null = null;
    for (const loc of locations) {
      const date = lastSaleAt.get(seriesKey(s.productId, loc));
      if (date && (!last || date > last)) last = date;
    }
    // Sold in the last N days (since < date <= today) is the last sale falling after `since`.
    if (last !== null && last > since) continue;
    const onHand = s.position.onHand;
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

/**
 * The last day with units sold on or before `today` of each SKU-location, in one statement: the
 * pairs go in as one JSON parameter and each seeks back from today by the primary key.
 */
function lastSales(db: Database.Database, pairs: readonly [number, number][], today: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT k.value ->> 0, k.value ->> 1, (SELECT d.date FROM sales_daily d
          WHERE d.product_id = k.value ->> 0 AND d.location_id = k.value ->> 1 AND d.date <= ? AND d.units > 0 ORDER BY d.date DESC LIMIT 1)
       FROM json_each(?) k`,
    )
    .raw(true)
    .all(today, JSON.stringify(pairs)) as [number, number, string | null][];
  const out = new Map<string, string>();
  for (const [productId, locationId, date] of rows) if (date !== null) out.set(seriesKey(productId, locationId), date);
  return out;
}
