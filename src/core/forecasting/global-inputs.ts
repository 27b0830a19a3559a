import { alignedRaw, fillCensored } from './fill-censored';
import type { SeriesHistory } from './history';

export interface GlobalModelSeries {
  values: Float64Array;
  /** Per bucket, aligned with `values`: 1 when most of the bucket's units sold on promotion. */
  promo: Float64Array;
}

/** A bucket counts as promoted when at least half its units sold on promotion. */
export const promoFlag = (share: number): number => (share >= 0.5 ? 1 : 0);

/**
 * A series as the global model sees it, in training and in forecasting alike: censored buckets
 * filled as the engine fills them, with its promotion flags alongside. The future beyond the
 * history has no flags, which the model reads as "no promotion".
 */
export function globalModelSeries(series: SeriesHistory): GlobalModelSeries {
  const values = fillCensored(series.values, series.integral);
  const share = alignedRaw(series.promoShare, values.length);
  return { values, promo: share.map(promoFlag) };
}
