/**
 * Price and promotion per bucket for every series of a run, over its history and its horizon:
 * what the global model takes as `covariates` beside the event flags.
 *
 * - history price: the bucket's revenue ÷ units from the daily sales (the sums of the imported
 *   order lines, or the imported daily sales' revenue); a bucket without revenue carries the last
 *   known price forward (the first known one backward), and a series without any takes the
 *   catalogue price.
 * - history promo: 1 where at least half the bucket's units sold on promotion days (as
 *   `globalModelSeries` flags them), or a planned promotion covered the bucket (entered after the fact).
 * - horizon price: the usual price (the last history price, else the catalogue price), or on the
 *   days a planned promotion sets a price or a discount that planned price; a bucket gets the
 *   mean over its days.
 * - horizon promo: 1 where planned promotions flag at least a quarter of the bucket's days
 *   (2 days of a week, 8 of a month, the day itself).
 */

import type Database from 'better-sqlite3';
import { dayFromIso } from '../ground/calendar';
import { alignedRaw } from './fill-censored';
import { promoFlag, type GlobalSeriesView } from './global-inputs';
import type { History } from './history';
import { listPlannedPromotions, type PlannedPromotion } from './planned-promotions';
import type { ProductInfo } from './products';
import { productSpan, readBucketPrices, type BucketPrices } from './run-prices';
import { ALL_LOCATIONS } from './types';

export interface SeriesCovariates {
  /** Price per bucket, the series' buckets oldest first then the horizon's; null when nothing gives a price (no revenue, no catalogue price). */
  price: Float64Array | null;
  /** 0/1 per bucket, aligned like `price`. */
  promo: Float64Array;
}

/** A share of a bucket's days flagged by planned promotions from which the bucket counts as promoted. */
export const PLANNED_PROMO_SHARE = 0.25;

/**
 * For each series of `history` (same order, same index), its covariates over its
 * `values.length` history buckets followed by `horizon` future buckets — the future buckets of
 * `history.grid` (`futureEndDay(1…horizon)`). Pass them to the global model as the series'
 * `covariates` (`{ price, promo }`, leaving `price` out when null). The prices (and, without
 * `products`, the catalogue prices) are read for the products the series span only, so a run
 * that streams its series reads each slice's own (run-prices.ts).
 */
export function buildRunCovariates(
  db: Database.Database,
  history: History<GlobalSeriesView>,
  horizon: number,
  products?: ReadonlyMap<number, Pick<ProductInfo, 'price'>>,
): SeriesCovariates[] {
  const total = history.series.some((s) => s.locationId === ALL_LOCATIONS);
  const prices = readBucketPrices(db, history, total);
  const catalogue = products ?? cataloguePrices(db, history.series);
  const plans = groupByProduct(listPlannedPromotions(db));
  return history.series.map((series) => {
    const n = series.values.length;
    const known = prices.get(`${series.productId}:${series.locationId}`);
    const applying = (plans.get(series.productId) ?? []).filter(
      (p) => p.plan.locationId === null || series.locationId === ALL_LOCATIONS || p.plan.locationId === series.locationId,
    );
    const price = historyPrices(known, n, catalogue.get(series.productId)?.price ?? null);
    const promo = new Float64Array(n + horizon);
    const share = alignedRaw(series.promoShare, n);
    for (let i = 0; i < n; i++) promo[i] = promoFlag(share[i] as number);

    const usual = price ? (price[n - 1] as number) : null;
    const full = price ? new Float64Array(n + horizon) : null;
    if (full && price) full.set(price);
    if (applying.length === 0) {
      // No planned promotion: every bucket as bucketPlan leaves it — flags as sold, the usual price ahead.
      if (full) full.fill(usual!, n);
      return { price: full, promo };
    }
    for (let i = 0; i < n + horizon; i++) {
      const back = n - 1 - i;
      const start = back >= 0 ? history.grid.startDay(back) : history.grid.futureEndDay(-back - 1) + 1;
      const end = back >= 0 ? history.grid.endDay(back) : history.grid.futureEndDay(-back);
      const days = bucketPlan(applying, start, end, usual);
      if (days.promoShare >= PLANNED_PROMO_SHARE) promo[i] = 1;
      if (full && i >= n) full[i] = days.meanPrice!;
    }
    return { price: full, promo };
  });
}

/** The catalogue price of the products the series span. */
function cataloguePrices(db: Database.Database, series: readonly Pick<GlobalSeriesView, 'productId'>[]): Map<number, { price: number | null }> {
  const span = productSpan(series);
  const out = new Map<number, { price: number | null }>();
  if (!span) return out;
  const rows = db.prepare('SELECT id, price FROM products WHERE id BETWEEN ? AND ?').raw(true).all(span.first, span.last) as [number, number | null][];
  for (const [id, price] of rows) out.set(id, { price });
  return out;
}

function historyPrices(known: BucketPrices | undefined, n: number, catalogue: number | null): Float64Array | null {
  if (!known || known.size === 0) return catalogue !== null && catalogue > 0 ? new Float64Array(n).fill(catalogue) : null;
  const price = new Float64Array(n).fill(NaN);
  for (const [back, value] of known) if (back < n) price[n - 1 - back] = value;
  let first = NaN;
  for (let i = 0; i < n && Number.isNaN(first); i++) first = price[i] as number;
  if (Number.isNaN(first)) first = [...known.values()][0]!;
  let carry = first;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(price[i]!)) price[i] = carry;
    else carry = price[i] as number;
  }
  return price;
}

/** Over the days start…end: the share flagged as promotion and the mean price (usual price on days without a plan). */
function bucketPlan(plans: readonly DayPlan[], start: number, end: number, usual: number | null): { promoShare: number; meanPrice: number | null } {
  if (plans.length === 0) return { promoShare: 0, meanPrice: usual };
  let promoDays = 0;
  let priceSum = 0;
  for (let day = start; day <= end; day++) {
    let promo = false;
    let price = usual;
    for (const { plan, from, to } of plans) {
      if (day < from || day > to) continue;
      promo ||= plan.promo;
      const planned = plan.price ?? (plan.discountPct !== null && usual !== null ? usual * (1 - plan.discountPct / 100) : null);
      if (planned !== null && (price === null || planned < price)) price = planned;
    }
    if (promo) promoDays++;
    priceSum += price ?? NaN;
  }
  const days = end - start + 1;
  return { promoShare: promoDays / days, meanPrice: usual === null ? null : priceSum / days };
}

/** A planned promotion with its days as day numbers. */
interface DayPlan {
  plan: PlannedPromotion;
  from: number;
  to: number;
}

function groupByProduct(plans: PlannedPromotion[]): Map<number, DayPlan[]> {
  const byProduct = new Map<number, DayPlan[]>();
  for (const plan of plans) {
    const entry = { plan, from: dayFromIso(plan.from), to: dayFromIso(plan.to) };
    const list = byProduct.get(plan.productId);
    if (list) list.push(entry);
    else byProduct.set(plan.productId, [entry]);
  }
  return byProduct;
}

