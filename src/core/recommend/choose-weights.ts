import { blend, topIndices, type CandidateScores } from './components';
import type { BlendWeights } from './types';

/** A validation customer: their candidates' scores and the SKU ids of the basket they bought next. */
export interface ValidationCase {
  candidates: CandidateScores;
  target: Set<number>;
}

export const DEFAULT_WEIGHTS: BlendWeights = { repeat: 1, frequency: 0, repurchase: 0, due: 0, recent: 0, similar: 0, knn: 0.15, knnRecent: 0, trending: 0.03, popular: 0.03, model: 0 };

const GRID: Record<Exclude<keyof BlendWeights, 'repeat'>, number[]> = {
  frequency: [0, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2, 3, 5, 10],
  repurchase: [0, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2],
  due: [0, 0.03, 0.06, 0.1, 0.2, 0.35, 0.5],
  recent: [0, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2],
  similar: [0, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2, 3, 5],
  knn: [0, 0.05, 0.1, 0.15, 0.25, 0.4, 0.6],
  knnRecent: [0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.8],
  trending: [0, 0.01, 0.03, 0.06, 0.1, 0.2, 0.3, 0.5],
  popular: [0, 0.01, 0.03, 0.06, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2],
  model: [0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2],
};

/**
 * Recall counts three times a hit: a top N that holds more of the next basket is worth more than one
 * that merely touches it (and HitRate follows recall, not the other way round).
 */
export const RECALL_WEIGHT = 3;

/**
 * Blend weights that do best on the validation baskets (HitRate@K + 3 × Recall@K), by coordinate search:
 * repeat fixed at 1, each other weight (or only those in `only`) tried over its grid in turn while the rest stay, three rounds.
 */
export function chooseWeights(
  cases: readonly ValidationCase[],
  k: number,
  withModel: boolean,
  start: BlendWeights = DEFAULT_WEIGHTS,
  only?: readonly (keyof typeof GRID)[],
): { weights: BlendWeights; objective: number } {
  let best: BlendWeights = { ...start };
  let bestScore = objective(cases, best, k);
  const keys = (only ?? (Object.keys(GRID) as (keyof typeof GRID)[])).filter((key) => withModel || key !== 'model');
  // Trying one weight over its grid changes one term: the blend of the others is computed once per weight.
  const rest = cases.map((c) => new Float64Array(c.candidates.ids.length));
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (const key of keys) {
      cases.forEach((c, i) => {
        blend(c.candidates, { ...best, [key]: 0 }, rest[i]);
      });
      for (const value of GRID[key]) {
        if (value === best[key]) continue;
        const score = objectiveOfTerm(cases, rest, key, value, k);
        if (score > bestScore + 1e-9) {
          best = { ...best, [key]: value };
          bestScore = score;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { weights: best, objective: bestScore };
}

/** Mean over cases of HitRate@K + RECALL_WEIGHT × Recall@K. */
export function objective(cases: readonly ValidationCase[], w: BlendWeights, k: number): number {
  let total = 0;
  let buffer = new Float64Array(0);
  for (const { candidates, target } of cases) {
    if (buffer.length < candidates.ids.length) buffer = new Float64Array(candidates.ids.length * 2);
    const scores = blend(candidates, w, buffer.subarray(0, candidates.ids.length));
    total += caseScore(candidates.ids, topIndices(scores, k), target);
  }
  return cases.length > 0 ? total / cases.length : 0;
}

/** The objective when the blend of every other weight is `rest` and weight `key` is `value`. */
function objectiveOfTerm(cases: readonly ValidationCase[], rest: readonly Float64Array[], key: keyof BlendWeights, value: number, k: number): number {
  let total = 0;
  let buffer = new Float64Array(0);
  for (let i = 0; i < cases.length; i++) {
    const { candidates, target } = cases[i]!;
    const n = candidates.ids.length;
    if (buffer.length < n) buffer = new Float64Array(n * 2);
    const term = candidates[key];
    const base = rest[i]!;
    for (let c = 0; c < n; c++) buffer[c] = base[c]! + value * term[c]!;
    total += caseScore(candidates.ids, topIndices(buffer.subarray(0, n), k), target);
  }
  return cases.length > 0 ? total / cases.length : 0;
}

/** HitRate + RECALL_WEIGHT × Recall of one case's top. */
export function caseScore(ids: readonly number[], top: readonly number[], target: Set<number>): number {
  let hits = 0;
  for (const c of top) if (target.has(ids[c]!)) hits++;
  return (hits > 0 ? 1 : 0) + (RECALL_WEIGHT * hits) / target.size;
}
