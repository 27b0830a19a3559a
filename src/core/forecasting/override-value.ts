/**
 * Did the overrides add value? On every bucket an override changed and whose actual is known,
 * compare the absolute error of the overridden forecast with that of the run's own forecast.
 */

import type { EffectiveRow } from './effective-forecast';

export interface OverrideEffect {
  buckets: number;
  maeOriginal: number | null;
  maeOverridden: number | null;
  /** 1 − MAE(overridden) / MAE(original): positive = the overrides cut the error. */
  valueAdded: number | null;
}

export interface OverrideValueAdded extends OverrideEffect {
  series: number;
  improved: number;
  worsened: number;
  unchanged: number;
  byOverride: (OverrideEffect & { overrideId: number })[];
}

/** `actuals`: per "productId:locationId", actual demand by bucket date (NaN = out of stock). */
export function overrideValueAdded(rows: readonly EffectiveRow[], actuals: ReadonlyMap<string, ReadonlyMap<string, number>>): OverrideValueAdded {
  const total = new ErrorSums();
  const perOverride = new Map<number, ErrorSums>();
  const series = new Set<string>();
  let improved = 0;
  let worsened = 0;
  let unchanged = 0;
  for (const row of rows) {
    if (row.overrideIds.length === 0) continue;
    const key = `${row.productId}:${row.locationId}`;
    const actual = actuals.get(key)?.get(row.bucketDate) ?? 0;
    if (!Number.isFinite(actual)) continue;
    // A campaign's units are in both: the overrides are judged on what they changed.
    const before = Math.abs(actual - row.original.mean - row.campaignMean);
    const after = Math.abs(actual - row.mean);
    total.add(before, after);
    for (const id of new Set(row.overrideIds)) {
      const sums = perOverride.get(id) ?? new ErrorSums();
      sums.add(before, after);
      perOverride.set(id, sums);
    }
    series.add(key);
    if (after < before - 1e-9) improved++;
    else if (after > before + 1e-9) worsened++;
    else unchanged++;
  }
  return {
    ...total.effect(),
    series: series.size,
    improved,
    worsened,
    unchanged,
    byOverride: [...perOverride].sort((a, b) => a[0] - b[0]).map(([overrideId, sums]) => ({ overrideId, ...sums.effect() })),
  };
}

class ErrorSums {
  private before = 0;
  private after = 0;
  private n = 0;

  add(before: number, after: number): void {
    this.before += before;
    this.after += after;
    this.n++;
  }

  effect(): OverrideEffect {
    if (this.n === 0) return { buckets: 0, maeOriginal: null, maeOverridden: null, valueAdded: null };
    const maeOriginal = this.before / this.n;
    const maeOverridden = this.after / this.n;
    return { buckets: this.n, maeOriginal, maeOverridden, valueAdded: maeOriginal > 0 ? 1 - maeOverridden / maeOriginal : null };
  }
}
