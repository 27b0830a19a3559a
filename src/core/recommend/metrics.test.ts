import { describe, expect, it } from 'vitest';
import { meanScores, rankingScores } from './metrics';

describe('ranking metrics', () => {
  it('scores a list against a held-out basket as computed by hand', () => {
    // Basket {A, B, C}; top 4 = [X, A, Y, C]: hits at ranks 2 and 4.
    const s = rankingScores(['X', 'A', 'Y', 'C'], new Set(['A', 'B', 'C']), 4);
    expect(s.hit).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(s.ndcg).toBeCloseTo(dcg / ideal, 10);
  });

  it('counts only the top K, ignores repeats in a list, and gives zero for a miss', () => {
    expect(rankingScores(['X', 'Y', 'A'], new Set(['A']), 2)).toEqual({ hit: 0, recall: 0, ndcg: 0 });
    const perfect = rankingScores(['A', 'A', 'B'], new Set(['A', 'B']), 3);
    expect(perfect.recall).toBe(1);
    // A repeated A at rank 2 is no hit; B at rank 3 is.
    expect(perfect.ndcg).toBeCloseTo((1 + 1 / Math.log2(4)) / (1 + 1 / Math.log2(3)), 10);
  });

  it('averages per customer', () => {
    const mean = meanScores([
      { hit: 1, recall: 0.5, ndcg: 0.6 },
      { hit: 0, recall: 0, ndcg: 0 },
    ]);
    expect(mean).toEqual({ hit: 0.5, recall: 0.25, ndcg: 0.3 });
  });
});
