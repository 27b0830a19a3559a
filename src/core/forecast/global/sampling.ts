/** Which windows to train and validate on: seeded choice of series and forecast origins. */

/** In-place Fisher–Yates shuffle of the first `count` entries. */
export function shuffle(indices: Int32Array, random: () => number, count = indices.length): void {
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = indices[i] as number;
    indices[i] = indices[j] as number;
    indices[j] = t;
  }
}

export interface SeriesExtent {
  /** Index of the first observed bucket. */
  start: number;
  length: number;
}

export interface SamplingPlan {
  /** Per series, the origins (index of the first target bucket) of its training windows. */
  trainOrigins: number[][];
  /** Series index and origin of each validation window. */
  validation: Array<{ series: number; origin: number }>;
}

export interface SamplingOptions {
  horizon: number;
  /** Observed buckets a window needs before its origin. */
  minHistory: number;
  maxWindows: number;
  maxWindowsPerSeries: number;
  validationShare: number;
  /** Fewer validation windows make early stopping noisy: take at least this many (≤ half the series). */
  minValidationWindows: number;
  maxValidationWindows: number;
}

/**
 * The validation series keep their latest window (targets = their last `horizon` buckets) out of
 * training, and train only on targets that end before it; all other series train up to their end.
 * Every training series contributes its latest origin plus randomly chosen earlier ones, at most
 * `maxWindows` in all: with more usable series than that, a seeded choice of `maxWindows` of them
 * trains, one window each (at 100,000 series a minimum of one window per series overran the budget).
 */
export function planWindows(extents: readonly SeriesExtent[], options: SamplingOptions, random: () => number): SamplingPlan {
  const h = options.horizon;
  const firstOrigin = (e: SeriesExtent): number => e.start + options.minHistory;
  const usable = extents.map((e, i) => (e.length - h >= firstOrigin(e) ? i : -1)).filter((i) => i >= 0);
  const wanted = Math.max(
    1,
    Math.round(options.validationShare * usable.length),
    Math.min(options.minValidationWindows, Math.floor(usable.length / 2)),
  );
  const validationCount = usable.length < 2 ? 0 : Math.min(options.maxValidationWindows, wanted);
  const order = Int32Array.from(usable);
  shuffle(order, random);
  const isValidation = new Uint8Array(extents.length);
  for (let i = 0; i < validationCount; i++) isValidation[order[i] as number] = 1;

  const perSeries = windowsPerSeries(order, extents.length, options.maxWindows, options.maxWindowsPerSeries);
  const trainOrigins: number[][] = extents.map(() => []);
  const validation: SamplingPlan['validation'] = [];
  for (const s of usable) {
    const e = extents[s] as SeriesExtent;
    let last = e.length - h;
    if (isValidation[s]) {
      validation.push({ series: s, origin: last });
      last -= h;
    }
    const count = perSeries[s] as number;
    if (count > 0) trainOrigins[s] = pickOrigins(firstOrigin(e), last, count, random);
  }
  return { trainOrigins, validation };
}

/**
 * Windows each usable series (the seeded `order`) may give, adding up to `maxWindows`: an equal
 * share, one more for the first in the order while the remainder lasts — with more series than
 * windows, one each for the first `maxWindows` (validation series first) and none for the rest.
 * Short series give fewer than their share, so the total is at most `maxWindows`.
 */
function windowsPerSeries(order: Int32Array, seriesCount: number, maxWindows: number, maxPerSeries: number): Int32Array {
  const counts = new Int32Array(seriesCount);
  const total = Math.max(1, maxWindows);
  const base = Math.floor(total / Math.max(1, order.length));
  const extra = total - base * order.length;
  order.forEach((s, rank) => (counts[s] = Math.min(maxPerSeries, base + (rank < extra ? 1 : 0))));
  return counts;
}

/** Up to `count` distinct origins in [first, last]: always `last`, the rest at random. */
export function pickOrigins(first: number, last: number, count: number, random: () => number): number[] {
  const available = last - first + 1;
  if (available <= 0) return [];
  if (available <= count) return Array.from({ length: available }, (_, i) => first + i);
  const candidates = Int32Array.from({ length: available - 1 }, (_, i) => first + i);
  // Partial Fisher–Yates: the first count − 1 entries become a uniform sample without replacement.
  for (let i = 0; i < count - 1; i++) {
    const j = i + Math.floor(random() * (candidates.length - i));
    const t = candidates[i] as number;
    candidates[i] = candidates[j] as number;
    candidates[j] = t;
  }
  const out = [last, ...candidates.subarray(0, count - 1)];
  return out.sort((a, b) => a - b);
}
