/**
 * Shop-wide growth: the pooled sales of the series that were already selling, over the last
 * GROWTH_WINDOW buckets against the window before it. Per series a short history cannot tell a
 * shop growing into its season from noise, and the engine's level lags (on the online gift
 * retailer's November, 28 days ahead, it was 47% low); the shop's total can. How much of that
 * growth to carry into the horizon — none, some, all — is learnt on the validation windows
 * (`learnGrowthShare`), so a shop whose growth does not last keeps the forecasts as they were.
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
  const L = GROWTH_WINDOW[frequency];
  const settled = Math.ceil(L / 4);
  let recent = 0;
  let before = 0;
  let pooled = 0;
  for (const s of series) {
    const n = s.length;
    if (n < 2 * L) continue;
    let first = 0;
    while (first < n && !((s[first] as number) > 0)) first++;
    if (first >= n - 2 * L + settled) continue;
    pooled++;
    for (let t = n - 2 * L; t < n - L; t++) before += Math.max(0, Number.isFinite(s[t] as number) ? (s[t] as number) : 0);
    for (let t = n - L; t < n; t++) recent += Math.max(0, Number.isFinite(s[t] as number) ? (s[t] as number) : 0);
  }
  if (pooled < minSeries || !(before > 0) || !(recent > 0)) return null;
  return Math.min(MAX_RATIO, Math.max(MIN_RATIO, recent / before));
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
 * The share of growth that minimises the sales-weighted scaled squared error (WRMSSE's terms) on
 * the first window; with a guarding window (the same buckets a year before the horizon), a share
 * that does not beat none there is refused. 0 when the first window has no ratio.
 */
export function learnGrowthShare(learn: GrowthWindow, frequency: Frequency, guard?: GrowthWindow): number {
  if (learn.ratio === null) return 0;
  const costs = GROWTH_SHARES.map((share) => growthCost(learn, share, frequency));
  let best = 0;
  costs.forEach((c, k) => {
    if (c < costs[best]!) best = k;
  });
  const share = GROWTH_SHARES[best]!;
  if (share === 0 || !guard || guard.ratio === null) return share;
  return growthCost(guard, share, frequency) < growthCost(guard, 0, frequency) ? share : 0;
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
