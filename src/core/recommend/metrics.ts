/** Ranking metrics for a next-basket hold-out (binary relevance: an item is in the held-out basket or not). */

export interface RankingScores {
  hit: number;
  recall: number;
  ndcg: number;
}

/** HitRate@K (any of the top K bought), Recall@K (share of the basket's distinct items in the top K), NDCG@K. */
export function rankingScores(ranked: readonly string[], basket: ReadonlySet<string>, k: number): RankingScores {
  if (basket.size === 0) return { hit: 0, recall: 0, ndcg: 0 };
  let hits = 0;
  let dcg = 0;
  const top = Math.min(k, ranked.length);
  const seen = new Set<string>();
  for (let r = 0; r < top; r++) {
    const item = ranked[r]!;
    if (seen.has(item)) continue;
    seen.add(item);
    if (basket.has(item)) {
      hits++;
      dcg += 1 / Math.log2(r + 2);
    }
  }
  let ideal = 0;
  for (let r = 0; r < Math.min(k, basket.size); r++) ideal += 1 / Math.log2(r + 2);
  return { hit: hits > 0 ? 1 : 0, recall: hits / basket.size, ndcg: dcg / ideal };
}

/** Mean of each score over customers (zeros when there are none). */
export function meanScores(scores: readonly RankingScores[]): RankingScores {
  const n = scores.length;
  if (n === 0) return { hit: 0, recall: 0, ndcg: 0 };
  let hit = 0;
  let recall = 0;
  let ndcg = 0;
  for (const s of scores) {
    hit += s.hit;
    recall += s.recall;
    ndcg += s.ndcg;
  }
  return { hit: hit / n, recall: recall / n, ndcg: ndcg / n };
}
