/**
 * Shop-wide growth: the pooled sales of the series that were already selling, over the last
 * GROWTH_WINDOW buckets against the window before it. Per series a short history cannot tell a
 * shop growing into its season from noise, and the engine's level lags (on the online gift
 * retailer's November, 28 days ahead, it was 47% low); the shop's total can. How much of that
 * growth to carry into the horizon — none, some, all — is learnt on the shop's own past origins
 * (`historyGrowthShare`) and confirmed on the validation windows' forecasts (`confirmGrowthShare`),
 * so a shop whose growth does not last keeps the forecasts as they were.
 */

import type { Frequency } from './types';

/** Buckets of each of the two windows compared: four weeks of days (whole weeks), a quarter of weeks, half a year of months. */
export const GROWTH_WINDOW: Record<Frequency, number> = { day: 28, week: 13, month: 6 };
/** Shares of the measured growth tried on the validation windows. */
export const GROWTH_SHARES = [0, 0.25, 0.5, 0.75, 1] as const;
/** The ratio is clamped to this range: a shop doubling in a quarter is not a trend to carry on. */
const MIN_RATIO = 0.5;
const MAX_RATIO = 2;

/**
 * The pooled last window over the one before it, from the series (all ending at the same origin)
 * that cover both windows and sold within the first quarter of the earlier one — a launch inside
 * the windows is the catalogue growing, not demand; null with fewer than `minSeries` such series
 * or no sales in either window.
 */
export function shopGrowthRatio(series: readonly ArrayLike<number>[], frequency: Frequency, minSeries: number): number | null {
  const pool = new GrowthRatioPool(frequency);
  for (const s of series) pool.add(s);
  return pool.ratio(minSeries);
}

/** Index of the series' first bucket with a sale (its length when it never sold). */
function firstSale(s: ArrayLike<number>): number {
  let first = 0;
  while (first < s.length && !((s[first] as number) > 0)) first++;
  return first;
}

/** `shopGrowthRatio` pooled a series at a time (a streamed run reads each series once). */
export class GrowthRatioPool {
  private recent = 0;
  private before = 0;
  private pooled = 0;

  constructor(private readonly frequency: Frequency) {}

  add(s: ArrayLike<number>): void {
    const L = GROWTH_WINDOW[this.frequency];
    const n = s.length;
    if (n < 2 * L) return;
    if (firstSale(s) >= n - 2 * L + Math.ceil(L / 4)) return;
    this.pooled++;
    for (let t = n - 2 * L; t < n - L; t++) this.before += Math.max(0, Number.isFinite(s[t] as number) ? (s[t] as number) : 0);
    for (let t = n - L; t < n; t++) this.recent += Math.max(0, Number.isFinite(s[t] as number) ? (s[t] as number) : 0);
  }

  ratio(minSeries: number): number | null {
    const { recent, before } = this;
    if (this.pooled < minSeries || !(before > 0) || !(recent > 0)) return null;
    return Math.min(MAX_RATIO, Math.max(MIN_RATIO, recent / before));
  }
}

/**
 * The multiplier at `step` (0-based) for a share of the growth: the engine's level stands for
 * about the middle of the last window, so step h lies L/2 + h buckets past it, and the ratio is
 * the growth over L buckets.
 */
export function growthMultiplier(ratio: number, share: number, step: number, frequency: Frequency): number {
  if (share === 0 || ratio === 1) return 1;
  const L = GROWTH_WINDOW[frequency];
  return Math.pow(ratio, (share * (L / 2 + step + 1)) / L);
}

/** Buckets in a year: a history this long plus both windows lets the engine, the global model and the pooled profile see the season themselves. */
const YEAR_BUCKETS: Record<Frequency, number> = { day: 365, week: 52, month: 12 };

/** Fewest past origins the history must offer before a share is learnt from it. */
const MIN_ORIGINS = 4;
/** At most this many past origins are tried, evenly spread over the most recent ones. */
const MAX_ORIGINS = 52;

/**
 * The share of growth learnt on the shop's own past: at every origin the history allows (up to
 * MAX_ORIGINS of the latest, each with both windows before it and the horizon after it), the
 * pooled sales of the series settled by then, flat at the last window's level times each share's
 * multiplier, against what the pool sold next; the share with the least relative squared error
 * wins. 0 with fewer than MIN_ORIGINS origins: one window cannot tell lasting growth from a swing.
 * 0 too when the history holds a year and both windows: there the forecasters follow the season
 * themselves, and growth measured into a seasonal rise would count it twice (on store-item daily,
 * five years, a share of 0.75 took WRMSSE from 0.644 to 0.683 in a December that falls).
 */
export function historyGrowthShare(series: readonly ArrayLike<number>[], frequency: Frequency, horizon: number, minSeries: number): number {
  const pool = new GrowthHistoryPool(frequency);
  for (const s of series) pool.add(s);
  return pool.share(horizon, minSeries);
}

/**
 * `historyGrowthShare` pooled a series at a time. All series end on the same bucket, so each is
 * kept on a timeline counted back from the end: its sales summed into the row of the bucket of
 * its first sale. An origin's pool (the series settled by then) is then a sum over rows, read
 * from running sums, whatever order the series came in. A series a year and both windows long
 * settles it: the share is 0, and nothing more is kept.
 */
export class GrowthHistoryPool {
  private readonly span: number;
  /** sales[f][b]: units b buckets before the end (1 = the last bucket) of series whose first sale was f buckets before it. */
  private readonly sales: Float64Array[] = [];
  private readonly members: number[] = [];
  private length = 0;

  constructor(private readonly frequency: Frequency) {
    this.span = YEAR_BUCKETS[frequency] + 2 * GROWTH_WINDOW[frequency];
  }

  add(s: ArrayLike<number>): void {
    const n = s.length;
    this.length = Math.max(this.length, n);
    if (this.length >= this.span) return;
    const first = firstSale(s);
    const f = n - first;
    if (f === 0) return;
    const row = (this.sales[f] ??= new Float64Array(this.span + 1));
    this.members[f] = (this.members[f] ?? 0) + 1;
    for (let t = first; t < n; t++) {
      const v = s[t] as number;
      if (Number.isFinite(v) && v > 0) row[n - t]! += v;
    }
  }

  share(horizon: number, minSeries: number): number {
    const { frequency, length } = this;
    if (length >= this.span) return 0;
    const L = GROWTH_WINDOW[frequency];
    const settled = Math.ceil(L / 4);
    const lastOrigin = length - horizon;
    const firstOrigin = 2 * L;
    const count = lastOrigin - firstOrigin + 1;
    if (count < MIN_ORIGINS) return 0;
    // Running sums from the latest first sale back: settled[f] pools every series whose first sale was f or more buckets back.
    const pooledFrom: (Float64Array | undefined)[] = new Array(length + 2);
    const membersFrom = new Array<number>(length + 2).fill(0);
    for (let f = length; f >= 1; f--) {
      const next = pooledFrom[f + 1];
      const row = this.sales[f];
      pooledFrom[f] = next && row ? next.map((v, b) => v + row[b]!) : (row ?? next)?.slice();
      membersFrom[f] = membersFrom[f + 1]! + (this.members[f] ?? 0);
    }
    const stride = Math.max(1, Math.ceil(count / MAX_ORIGINS));
    const costs = GROWTH_SHARES.map(() => 0);
    let origins = 0;
    for (let origin = lastOrigin; origin >= firstOrigin; origin -= stride) {
      // Settled by the origin: the first sale before origin − 2L + settled, i.e. more than length − that buckets back.
      const from = Math.max(1, length - (origin - 2 * L + settled) + 1);
      const sums = pooledFrom[from];
      if (membersFrom[from]! < minSeries || !sums) continue;
      const pooled = new Float64Array(2 * L + horizon);
      for (let k = 0; k < pooled.length; k++) pooled[k] = sums[length - (origin - 2 * L + k)]!;
      let before = 0;
      let recent = 0;
      for (let k = 0; k < L; k++) {
        before += pooled[k]!;
        recent += pooled[L + k]!;
      }
      if (!(before > 0) || !(recent > 0)) continue;
      origins++;
      const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, recent / before));
      const level = recent / L;
      GROWTH_SHARES.forEach((share, k) => {
        for (let t = 0; t < horizon; t++) costs[k]! += ((pooled[2 * L + t]! - level * growthMultiplier(ratio, share, t, frequency)) / level) ** 2;
      });
    }
    if (origins < MIN_ORIGINS) return 0;
    let best = 0;
    costs.forEach((c, k) => {
      if (c < costs[best]!) best = k;
    });
    return GROWTH_SHARES[best]!;
  }
}

/** One forecast on a validation window, as the weights are scored (global-pipeline's ValidationSeries). */
export interface GrowthEvidence {
  actual: ArrayLike<number>;
  forecast: ArrayLike<number>;
  scale: number;
  weight: number;
}

/** One validation window: its forecasts and the shop's growth ratio measured at its origin. */
export interface GrowthWindow {
  ratio: number | null;
  series: readonly GrowthEvidence[];
}

/**
 * The share kept only where no validation window's forecasts get worse with it (the
 * sales-weighted scaled squared error, WRMSSE's terms): the history's pooled level is not the
 * pipeline's forecast, so the forecasts themselves have the last word.
 */
export function confirmGrowthShare(share: number, windows: readonly GrowthWindow[], frequency: Frequency): number {
  if (share === 0) return 0;
  return windows.every((w) => w.ratio === null || growthCost(w, share, frequency) <= growthCost(w, 0, frequency)) ? share : 0;
}

function growthCost(window: GrowthWindow, share: number, frequency: Frequency): number {
  let cost = 0;
  for (const s of window.series) {
    if (!(s.scale > 0) || !(s.weight > 0)) continue;
    let sum = 0;
    let n = 0;
    for (let t = 0; t < s.actual.length; t++) {
      const a = s.actual[t] as number;
      const f = s.forecast[t] as number;
      if (!Number.isFinite(a) || !Number.isFinite(f)) continue;
      const err = a - f * growthMultiplier(window.ratio ?? 1, share, t, frequency);
      sum += err * err;
      n++;
    }
    if (n > 0) cost += (s.weight * sum) / n / s.scale;
  }
  return cost;
}

/** In place: the mean and every quantile of a forecast times the step's growth multiplier. */
export function applyGrowth(mean: Float64Array, quantiles: readonly Float64Array[], ratio: number, share: number, frequency: Frequency): void {
  if (share === 0 || ratio === 1) return;
  for (let t = 0; t < mean.length; t++) {
    const m = growthMultiplier(ratio, share, t, frequency);
    mean[t] = (mean[t] as number) * m;
    for (const q of quantiles) if (t < q.length) q[t] = (q[t] as number) * m;
  }
}
