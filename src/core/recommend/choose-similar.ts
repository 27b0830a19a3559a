import type { Baskets } from './baskets';
import { chooseWeights, type ValidationCase } from './choose-weights';
import { customerVectors, DEFAULT_SIMILAR, neighbourVector, SimilarScratch, type CustomerVectors, type SimilarParams } from './similar-customers';
import type { BlendWeights } from './types';

/**
 * TIFU-KNN's decay and neighbour count tried on the validation baskets (Hu et al. tune them per data set):
 * the paper's defaults, slower and faster decay of older baskets, fewer neighbours (more cost ranking time).
 */
export const SIMILAR_CHOICES: readonly SimilarParams[] = [
  DEFAULT_SIMILAR,
  { ...DEFAULT_SIMILAR, withinDecay: 1, acrossDecay: 0.9 },
  { ...DEFAULT_SIMILAR, withinDecay: 0.8, acrossDecay: 0.5 },
  { ...DEFAULT_SIMILAR, neighbours: 100 },
];

/** One validation fold: its baskets and as-of day, and per case (by index into the cases) the customer. */
export interface SimilarFold {
  baskets: Baskets;
  asOfDay: number;
  cases: { index: number; customer: number }[];
}

/** A non-default choice must beat the defaults by this much of the objective (HR + 3×Recall) to be taken. */
const MIN_GAIN = 0.002;

/**
 * The TIFU-KNN parameters whose similar-customers scores do best on the validation cases, each with the
 * blend weights searched again for it; returns the cases with that choice's scores in place.
 */
export function chooseSimilarParams(
  cases: readonly ValidationCase[],
  folds: readonly SimilarFold[],
  k: number,
  withModel: boolean,
  start: BlendWeights,
): { params: SimilarParams; cases: ValidationCase[]; weights: BlendWeights; objective: number; tried: { params: SimilarParams; objective: number }[] } {
  const base = chooseWeights(cases, k, withModel, start);
  let best = { params: DEFAULT_SIMILAR, cases: [...cases], weights: base.weights, objective: base.objective };
  const tried = [{ params: DEFAULT_SIMILAR, objective: base.objective }];
  // Each other choice is compared with only its own weight searched (the rest as the defaults chose them):
  // a full search per choice would cost most of the training time budget.
  for (const params of SIMILAR_CHOICES) {
    if (params === DEFAULT_SIMILAR) continue;
    const swapped = withSimilar(cases, folds, params);
    const chosen = chooseWeights(swapped, k, withModel, base.weights, ['similar']);
    tried.push({ params, objective: chosen.objective });
    if (chosen.objective > best.objective + (best.params === DEFAULT_SIMILAR ? MIN_GAIN : 1e-9)) {
      best = { params, cases: swapped, weights: chosen.weights, objective: chosen.objective };
    }
  }
  if (best.params !== DEFAULT_SIMILAR) {
    const full = chooseWeights(best.cases, k, withModel, best.weights);
    best = { ...best, weights: full.weights, objective: full.objective };
  }
  return { ...best, tried };
}

/** The cases with their similar-customers scores recomputed under `params` (same candidates). */
function withSimilar(cases: readonly ValidationCase[], folds: readonly SimilarFold[], params: SimilarParams): ValidationCase[] {
  const out = [...cases];
  for (const fold of folds) {
    const vectors = customerVectors(fold.baskets, fold.asOfDay, params);
    const skus = fold.baskets.skus.length;
    const scratch = new SimilarScratch(fold.baskets.customers.length);
    const acc = new Float64Array(skus);
    const buyers = new Int32Array(skus);
    const touched = new Int32Array(skus);
    for (const { index, customer } of fold.cases) {
      const c = cases[index]!;
      const similar = similarScores(vectors, customer, c.candidates.ids, scratch, acc, buyers, touched);
      out[index] = { target: c.target, candidates: { ...c.candidates, similar } };
    }
  }
  return out;
}

/** The customer's similar-customers score of each candidate, over the customer's own largest entry (as components.ts scales it). */
export function similarScores(
  v: CustomerVectors,
  customer: number,
  ids: readonly number[],
  scratch: SimilarScratch,
  acc: Float64Array,
  buyers: Int32Array,
  touched: Int32Array,
): Float64Array {
  const near = neighbourVector(v, customer, scratch, acc, buyers, touched);
  let ownMax = 0;
  for (let k = v.start[customer]!; k < v.start[customer + 1]!; k++) ownMax = Math.max(ownMax, v.value[k]!);
  const scale = ownMax > 0 ? ownMax : 1;
  const out = new Float64Array(ids.length);
  for (let c = 0; c < ids.length; c++) out[c] = acc[ids[c]!]! / scale;
  for (let t = 0; t < near.count; t++) {
    acc[touched[t]!] = 0;
    buyers[touched[t]!] = 0;
  }
  return out;
}
