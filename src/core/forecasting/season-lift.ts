/**
 * How far a series' own last year says it follows the shop's yearly shape over the horizon. One
 * season of its own is noisy, the shop's is pooled: the series' lift (its sales in the horizon's
 * buckets a year ago over its level before them) is pulled toward the shop's by how much real
 * lifts differ between the shop's series beyond their noise (DerSimonian–Laird's between-series
 * variance). Where series share the shop's season that spread is nil and every series keeps the
 * shop's shape; where they differ, a big seller whose peak was absent last year stays flat. On
 * M4 weekly, whose series share no calendar (so the pooled shape is nobody's), the profile alone
 * went from MASE 4.590 to 3.195 with it, and blended at 0.3 with the engine from 2.345 to 2.162.
 */

/** A series' own lift a year ago and the variance of that estimate. */
export interface OwnLift {
  lift: number;
  variance: number;
}

/**
 * The series' lift over its horizon's buckets a year ago (`yearAgo`) against its level window
 * before them (`before`), with the ratio estimator's variance. The noise is read from the level
 * window (its spread around its mean, at least counting noise) and assumed alike a year ago,
 * where a season moves the buckets on purpose. Null when it sold nothing in the level window.
 */
export function ownLift(yearAgo: readonly number[], before: readonly number[]): OwnLift | null {
  const a = mean(yearAgo);
  const b = mean(before);
  if (!(b > 0) || yearAgo.length === 0) return null;
  const cv2 = before.reduce((s, v) => s + (v - b) ** 2, 0) / Math.max(1, before.length - 1) / (b * b);
  const lift = a / b;
  const aVar = Math.max(a * a * cv2, a, 1) / yearAgo.length;
  const bVar = Math.max(b * b * cv2, b, 1) / before.length;
  return { lift, variance: (aVar + lift * lift * bVar) / (b * b) };
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

/** The spread of true lifts between series, summed one series at a time (DerSimonian–Laird). */
export class LiftSpread {
  private count = 0;
  private w = 0;
  private w2 = 0;
  private wx = 0;
  private wx2 = 0;

  add(own: OwnLift): void {
    const w = 1 / own.variance;
    this.count++;
    this.w += w;
    this.w2 += w * w;
    this.wx += w * own.lift;
    this.wx2 += w * own.lift * own.lift;
  }

  /** τ²: the variance of true lifts beyond each estimate's own noise (0 when it is all noise). */
  between(): number {
    if (this.count < 2 || !(this.w > 0)) return 0;
    const q = this.wx2 - (this.wx * this.wx) / this.w;
    const c = this.w - this.w2 / this.w;
    return c > 0 ? Math.max(0, (q - (this.count - 1)) / c) : 0;
  }
}

/** Most a series' lift may exceed the shop's, as a multiple of the shop's rise: one season of its own is noisy. */
const MAX_RISE_MULTIPLE = 3;
/** A shop lift this close to 1 has no rise to scale. */
const FLAT_SHOP = 0.02;

/**
 * The multiple of the shop's rise (lift − 1) the series follows: 1 without evidence of its own or
 * with no spread between series, its shrunk own rise over the shop's otherwise, within [0, 3].
 */
export function riseMultiple(own: OwnLift | null, shopLift: number, between: number): number {
  if (!own || !(between > 0) || Math.abs(shopLift - 1) < FLAT_SHOP) return 1;
  const shrunk = (own.lift * between + shopLift * own.variance) / (between + own.variance);
  return Math.min(MAX_RISE_MULTIPLE, Math.max(0, (shrunk - 1) / (shopLift - 1)));
}
