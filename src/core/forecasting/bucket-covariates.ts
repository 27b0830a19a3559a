/**
 * Price and promotion per bucket from a demand file's optional `price` and `promo` columns,
 * aligned with `bucketize`'s series and extended over the horizon: what `forecast --input`
 * hands the global model as each SKU's `covariates`.
 */

import { bucketGrid } from './bucket-grid';
import type { DemandColumns } from './bucketize';
import type { Frequency } from './types';

/** The file's price/promo cells in columns, one entry per row that gave either. */
export interface CovariateColumns {
  /** SKU index (into `DemandColumns.skus`), day number. */
  sku: Int32Array;
  day: Int32Array;
  /** The row's quantity; NaN for a row without one (a planned row after the origin). */
  qty: Float64Array;
  /** NaN = no price in the row. */
  price: Float64Array;
  /** 0, 1, or -1 = no promo in the row. */
  promo: Int8Array;
  length: number;
  /** Which columns the file has: a column the file lacks gives no array at all. */
  hasPrice: boolean;
  hasPromo: boolean;
}

export interface SkuCovariates {
  /** Per bucket, the SKU's history buckets (as `bucketize` made them) then the horizon's; null when the file has no price column or no price for this SKU. */
  price: Float64Array | null;
  /** 0/1 per bucket, aligned like `price`; null when the file has no promo column. */
  promo: Float64Array | null;
}

/** Share of a future bucket's rows flagged promo = 1 from which the bucket counts as promoted (2 days of a week of daily rows). */
export const FUTURE_PROMO_SHARE = 0.25;

/**
 * One entry per SKU of `rows.skus`, each `series[sku].length + horizon` long.
 *
 * - price: in the history, the units-weighted mean of the bucket's prices (the plain mean when
 *   it sold nothing); a bucket without a price carries the previous one forward (the first one
 *   backward); a future bucket takes the mean of its planned prices, else the last known price.
 * - promo: in the history, 1 where at least half the bucket's units sold on rows with promo = 1
 *   (any promo row when it sold nothing), as the workspace flags its history; a future bucket is
 *   1 when at least a quarter of its rows that give a promo say 1.
 */
export function bucketCovariates(
  rows: DemandColumns,
  covariates: CovariateColumns,
  frequency: Frequency,
  series: readonly Float64Array[],
  horizon: number,
): SkuCovariates[] {
  const back = bucketGrid(frequency, rows.lastDay).back;
  const lengths = series.map((s) => s.length + horizon);
  const make = () => lengths.map((n) => new Float64Array(n));
  const priceSum = make();
  const priceWeight = make();
  const promoUnits = make();
  const units = make();
  const promoRows = make();
  const flaggedRows = make();

  for (let i = 0; i < covariates.length; i++) {
    const sku = covariates.sku[i]!;
    const history = series[sku]!.length;
    const b = back(covariates.day[i]!);
    // Future buckets: back is -1 for the first one after the origin.
    const index = history - 1 - b;
    if (index < 0 || index >= lengths[sku]!) continue;
    const qty = covariates.qty[i]!;
    const price = covariates.price[i]!;
    const promo = covariates.promo[i]!;
    const weight = Number.isFinite(qty) && qty > 0 ? qty : 0;
    if (!Number.isNaN(price)) {
      // Units-weighted where the row sold; a tiny weight keeps a price given on a zero-sale or planned row.
      const w = weight > 0 ? weight : 1e-9;
      priceSum[sku]![index]! += price * w;
      priceWeight[sku]![index]! += w;
    }
    if (promo >= 0) {
      if (index >= history || weight === 0) {
        promoRows[sku]![index]! += 1;
        flaggedRows[sku]![index]! += promo;
      }
      units[sku]![index]! += weight;
      if (promo === 1) promoUnits[sku]![index]! += weight;
    }
  }

  return series.map((values, sku) => {
    const n = lengths[sku]!;
    const history = values.length;
    let price: Float64Array | null = null;
    if (covariates.hasPrice) {
      price = new Float64Array(n).fill(NaN);
      for (let i = 0; i < n; i++) if (priceWeight[sku]![i]! > 0) price[i] = priceSum[sku]![i]! / priceWeight[sku]![i]!;
      price = carryPrices(price, history);
    }
    let promo: Float64Array | null = null;
    if (covariates.hasPromo) {
      promo = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const u = units[sku]![i]!;
        if (i < history && u > 0) promo[i] = promoUnits[sku]![i]! >= 0.5 * u ? 1 : 0;
        else promo[i] = promoRows[sku]![i]! > 0 && flaggedRows[sku]![i]! >= FUTURE_PROMO_SHARE * promoRows[sku]![i]! ? 1 : 0;
      }
    }
    return { price, promo };
  });
}

/** Fill the gaps: forward from the last known price, backward from the first; null when none is known. */
function carryPrices(price: Float64Array, history: number): Float64Array | null {
  let first = NaN;
  for (let i = 0; i < price.length && Number.isNaN(first); i++) first = price[i]!;
  if (Number.isNaN(first)) return null;
  let carry = first;
  let lastHistory = first;
  for (let i = 0; i < price.length; i++) {
    // The horizon's usual price is the last price of the history, not a planned one before it.
    if (i === history) carry = lastHistory;
    if (Number.isNaN(price[i]!)) price[i] = carry;
    else if (i < history) carry = lastHistory = price[i]!;
  }
  return price;
}
