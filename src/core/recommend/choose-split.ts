import { blend, topIndices, type CandidateScores } from './components';
import { caseScore, type ValidationCase } from './choose-weights';
import { repeatSlots, splitTop } from './repeat-explore';
import type { BlendWeights, SlotSplit } from './types';

/** Splits tried on validation: the repeat slots' share as intercept + slope × the customer's expected repeat share. */
const INTERCEPTS = [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4];
const SLOPES = [0.5, 0.75, 1, 1.25, 1.5, 2];

/** A split must beat the blend alone by this much of the objective (HR + 3×Recall) to be used. */
export const MIN_SPLIT_GAIN = 0.002;

/** The top K candidate indices of a customer, under the split when there is one. */
export function rankCandidates(c: CandidateScores, scores: ArrayLike<number>, k: number, split: SlotSplit | null): number[] {
  if (!split) return topIndices(scores, k);
  const slots = repeatSlots(split, c.expectedRepeat, k);
  return splitTop(scores, (i) => c.historySlot[i]! >= 0, slots, k, topIndices);
}

/**
 * The split that does best on the validation cases, each scored with its own weights (its segment's),
 * or null when none beats the blend alone by MIN_SPLIT_GAIN.
 */
export function chooseSplit(
  cases: readonly ValidationCase[],
  weightsOf: (c: CandidateScores) => BlendWeights,
  k: number,
): { split: SlotSplit | null; objective: number; withoutSplit: number; bestTried: { split: SlotSplit; objective: number } | null } {
  const scores = cases.map((c) => blend(c.candidates, weightsOf(c.candidates)));
  const score = (split: SlotSplit | null) => {
    let total = 0;
    cases.forEach((c, i) => {
      total += caseScore(c.candidates.ids, rankCandidates(c.candidates, scores[i]!, k, split), c.target);
    });
    return cases.length > 0 ? total / cases.length : 0;
  };
  const withoutSplit = score(null);
  let bestTried: { split: SlotSplit; objective: number } | null = null;
  for (const intercept of INTERCEPTS) {
    for (const slope of SLOPES) {
      const split = { intercept, slope };
      const objective = score(split);
      if (!bestTried || objective > bestTried.objective + 1e-9) bestTried = { split, objective };
    }
  }
  const taken = bestTried && bestTried.objective > withoutSplit + MIN_SPLIT_GAIN ? bestTried : null;
  return { split: taken?.split ?? null, objective: taken?.objective ?? withoutSplit, withoutSplit, bestTried };
}

/** 'repeat slots 10 × (0.1 + 1.25 × expected repeat share)'. */
export function describeSplit(split: SlotSplit | null, k = 10): string {
  if (!split) return 'no repeat/explore split (the blended score alone decides)';
  return `repeat slots of ${k}: ${k} × (${split.intercept} + ${split.slope} × the customer's expected repeat share)`;
}
