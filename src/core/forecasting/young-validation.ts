/**
 * Weights for the series younger than the engine's MIN_HISTORY (class `new`). The validation
 * window never holds one: its series are long enough to be validated, so `new` kept the engine
 * alone (on the store-item `launches` hold-out its SKUs were 15% low before a peak the shop had
 * lived through). Each validation series is scored again as a young copy, as if launched 1 to
 * MIN_HISTORY − 1 buckets before the origin: the engine, the global model and the pooled profile
 * forecast its last buckets alone, against the same held-out buckets. The class `new` of those
 * copies gets the weights learnt on them; every other class keeps what the full histories taught.
 */

import { MIN_HISTORY } from '../forecast/classify';
import { fixedWeights, learnWeights, type LearntWeights, type ValidationSeries } from './combination-weights';

/** The class the young copies stand for (the engine's class of a history under MIN_HISTORY buckets). */
export const YOUNG_CLASS = 'new';

/** Whether a run has series to learn young weights for: some shorter than MIN_HISTORY buckets. */
export function hasYoungSeries(lengths: readonly number[]): boolean {
  return lengths.some((n) => n > 0 && n < MIN_HISTORY);
}

/** Buckets the k-th validation series' young copy keeps: 1, 2, … MIN_HISTORY − 1 in turn, every age alike. */
export function youngAge(k: number): number {
  return 1 + (k % (MIN_HISTORY - 1));
}

/**
 * `weights` with the young class's weights learnt on the young copies (`fixed`: the benchmark's one
 * weight for every class); unchanged when the copies gave that class no evidence.
 */
export function withYoungWeights(weights: LearntWeights, young: readonly ValidationSeries[], fixed?: number): LearntWeights {
  const learnt = fixed === undefined ? learnWeights(young) : fixedWeights(young, fixed);
  const cls = learnt.classes[YOUNG_CLASS];
  return cls ? { ...weights, classes: { ...weights.classes, [YOUNG_CLASS]: cls } } : weights;
}
