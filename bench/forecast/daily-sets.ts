/**
 * Daily hold-outs shaped like the hidden daily set (M5-like item × store unit sales: many
 * intermittent, a weekly pattern, 28 days outside the year-end peak), which the two older daily
 * sets are not (online retail's last 28 days run up to its November peak; store-item sells tens of
 * units a day, every day):
 * - `midyear`: the online retailer by day, 280 top SKUs, the 28 days up to each of three mid-year
 *   origins, with the six to eight months of history before them (December 2009 on);
 * - `thinned`: 280 of store-item's item × store series with each unit kept at a seeded rate per
 *   series so their means spread from a tenth of a unit to six units a day (M5 item × store series sell under one unit a day at the median), held out on M5's
 *   dates (2017-05-23 … 06-19 after four years and a half). Thinning real sales keeps their weekly
 *   and yearly shape and adds the counting noise and zero days of slow movers;
 * - `stores`: 28 other store-item items in all 10 stores, thinned at one rate per item, the closest
 *   to an M5 item × store subset (see storeItemMultiStore).
 */

import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';
import { createRng, type Rng } from '../../src/core/ground/random';
import { readOnlineRetail, readStoreItemDays, retailBuckets, weights, type HoldoutSet } from './retail-sets';

/** Last held-out day of each mid-year cut: 28 days ending at the end of June, July and August 2010. */
const MIDYEAR_ENDS = ['2010-06-30', '2010-07-31', '2010-08-31'];

/** The online retailer by day, cut at each mid-year origin: 280 top SKUs by revenue, h = 28. */
export function onlineRetailMidyear(dataDir: string, count = 280): HoldoutSet[] {
  const lines = readOnlineRetail(dataDir);
  return MIDYEAR_ENDS.map((end) => {
    const set = retailBuckets(lines, 'day', 28, 1, count, dayFromIso(end));
    const months = Math.round((set.lastDay - dayFromIso('2009-12-01') + 1) / 30.4);
    return { ...set, name: `online retail daily mid-year (${set.skus.length} SKUs, ${months} months, h=28 to ${end})` };
  });
}

const THINNED_HORIZON = 28;
/** M5's evaluation days, a year on: the hold-out's first and last day. */
const THINNED_FROM = '2017-05-23';
/** Series means after thinning run log-uniformly between these (units a day), as item × store sales of a supermarket. */
const THINNED_MEAN_LOW = 0.1;
const THINNED_MEAN_HIGH = 6;
const THINNED_SEED = 5;

/** Store-item's first `count` series (items 1… in every store), each unit kept at a per-series rate (see the file's comment), h = 28 on M5's dates. */
export async function storeItemThinned(dataDir: string, count = 280): Promise<HoldoutSet> {
  const { series, firstDay } = await readStoreItemDays(dataDir, Math.ceil(count / 10));
  const skus = [...series.keys()].sort().slice(0, count);
  const cut = dayFromIso(THINNED_FROM) - 1;
  const length = cut - firstDay + 1;
  const rng = createRng(THINNED_SEED);
  const train: Float64Array[] = [];
  const actual: Float64Array[] = [];
  for (const sku of skus) {
    const days = series.get(sku)!;
    const target = THINNED_MEAN_LOW * (THINNED_MEAN_HIGH / THINNED_MEAN_LOW) ** rng.next();
    const kept = thinDays(days, firstDay, cut, Math.min(1, target / (daySum(days, firstDay, length) / length)), rng);
    train.push(kept.train);
    actual.push(kept.actual);
  }
  return heldOutSet('store-item daily thinned', skus, train, actual, cut);
}

/** Items of the multi-store set: the last 28 of store-item's 50 (thinned takes the first 28), in all 10 stores. */
const STORES_FIRST_ITEM = 23;
const STORES_ITEMS = 28;
/** An item's mean per store after thinning runs log-uniformly between these (units a day); its stores keep their sizes. */
const STORES_MEAN_LOW = 0.1;
const STORES_MEAN_HIGH = 4;
const STORES_SEED = 11;

/**
 * Closer to an M5 item × store subset than `thinned`: 28 items each in all 10 stores, thinned at
 * one rate per item (not per series), so an item's stores keep their relative sizes and shared
 * pattern, as the same product's sales across a chain's stores do; item means spread from a
 * tenth of a unit to four units a day per store (M5's median item × store sells under one).
 * Held out on M5's dates a year on, like `thinned`.
 */
export async function storeItemMultiStore(dataDir: string): Promise<HoldoutSet> {
  const { series, firstDay } = await readStoreItemDays(dataDir, STORES_FIRST_ITEM + STORES_ITEMS - 1);
  const cut = dayFromIso(THINNED_FROM) - 1;
  const length = cut - firstDay + 1;
  const rng = createRng(STORES_SEED);
  const skus: string[] = [];
  const train: Float64Array[] = [];
  const actual: Float64Array[] = [];
  for (let item = STORES_FIRST_ITEM; item < STORES_FIRST_ITEM + STORES_ITEMS; item++) {
    const prefix = `I${String(item).padStart(2, '0')}-`;
    const stores = [...series.keys()].filter((key) => key.startsWith(prefix)).sort();
    const perStore = stores.reduce((sum, key) => sum + daySum(series.get(key)!, firstDay, length), 0) / (stores.length * length);
    const target = STORES_MEAN_LOW * (STORES_MEAN_HIGH / STORES_MEAN_LOW) ** rng.next();
    const keep = Math.min(1, target / perStore);
    for (const sku of stores) {
      const kept = thinDays(series.get(sku)!, firstDay, cut, keep, rng);
      skus.push(sku);
      train.push(kept.train);
      actual.push(kept.actual);
    }
  }
  return heldOutSet('store-item daily multi-store', skus, train, actual, cut);
}

function daySum(days: Map<number, number>, firstDay: number, length: number): number {
  let sum = 0;
  for (let t = 0; t < length; t++) sum += days.get(firstDay + t) ?? 0;
  return sum;
}

/** Each unit sold from `firstDay` to `cut` (training) and in the 28 days after (held out) kept at rate `keep`, in that order. */
function thinDays(days: Map<number, number>, firstDay: number, cut: number, keep: number, rng: Rng): { train: Float64Array; actual: Float64Array } {
  const thin = (day: number): number => {
    let kept = 0;
    for (let unit = days.get(day) ?? 0; unit > 0; unit--) if (rng.next() < keep) kept++;
    return kept;
  };
  const train = Float64Array.from({ length: cut - firstDay + 1 }, (_, t) => thin(firstDay + t));
  const actual = Float64Array.from({ length: THINNED_HORIZON }, (_, t) => thin(cut + 1 + t));
  return { train, actual };
}

/** A thinned hold-out named with its series count and zero-day share over the last year. */
function heldOutSet(label: string, skus: string[], train: Float64Array[], actual: Float64Array[], cut: number): HoldoutSet {
  const zeros = train.reduce((n, v) => n + v.subarray(v.length - 364).filter((x) => x === 0).length, 0) / (skus.length * 364);
  const name = `${label} (${skus.length} series, ${Math.round(zeros * 100)}% zero days, h=28 from ${isoFromDay(cut + 1)})`;
  return { name, frequency: 'day', horizon: THINNED_HORIZON, skus, train, actual, weight: weights(train, THINNED_HORIZON), lastDay: cut, step: 1 };
}
