import { describe, expect, it } from 'vitest';
import { chooseSplit, rankCandidates } from './choose-split';
import { DEFAULT_WEIGHTS, type ValidationCase } from './choose-weights';
import type { CandidateScores } from './components';

/** Ten of the customer's own items (repeat scores 1 … 0.55) and ten new to them (popular only), with the customer's expected repeat share. */
function candidates(expectedRepeat: number): CandidateScores {
  const n = 20;
  const zeros = () => new Float64Array(n);
  const c = {
    ids: Array.from({ length: n }, (_, i) => i),
    repeat: zeros(), frequency: zeros(), repurchase: zeros(), due: zeros(), recent: zeros(), knn: zeros(), knnRecent: zeros(),
    similar: zeros(), trending: zeros(), popular: zeros(), model: zeros(),
    historySlot: Int32Array.from({ length: n }, (_, i) => (i < 10 ? i : -1)),
    expectedRepeat,
  };
  for (let i = 0; i < 10; i++) c.repeat[i] = 1 - i * 0.05;
  for (let i = 10; i < n; i++) c.popular[i] = 1 - (i - 10) * 0.05;
  // The other fields (history, reasons) play no part in ranking.
  return c as unknown as CandidateScores;
}

describe('chooseSplit', () => {
  it('gives customers who rarely buy again the places of new items, when validation says so', () => {
    // Explorers bought five new items next, repeaters five of their own: the blend alone ranks own items first for both.
    const cases: ValidationCase[] = [];
    for (let k = 0; k < 10; k++) {
      cases.push({ candidates: candidates(0.05), target: new Set([10, 11, 12, 13, 14]) });
      cases.push({ candidates: candidates(0.95), target: new Set([0, 1, 2, 3, 4]) });
    }
    const chosen = chooseSplit(cases, () => DEFAULT_WEIGHTS, 10);
    expect(chosen.withoutSplit).toBeCloseTo(2, 9); // half the customers: a hit and all five (1 + 3 × 1)
    expect(chosen.split).not.toBeNull();
    expect(chosen.objective).toBeCloseTo(4, 9);
    const explorer = candidates(0.05);
    const top = rankCandidates(explorer, explorer.popular.map((p, i) => p * 0.03 + explorer.repeat[i]!), 10, chosen.split);
    expect(top.filter((i) => i >= 10).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the blend alone when no split beats it', () => {
    const cases: ValidationCase[] = [];
    for (let k = 0; k < 10; k++) cases.push({ candidates: candidates(k % 2 === 0 ? 0.05 : 0.95), target: new Set([0, 1, 2]) });
    const chosen = chooseSplit(cases, () => DEFAULT_WEIGHTS, 10);
    expect(chosen.split).toBeNull();
    expect(chosen.objective).toBe(chosen.withoutSplit);
  });
});
