import { alignedRaw, fillCensored } from './fill-censored';
import type { SeriesHistory } from './history';

export interface GlobalModelSeries {
  values: Float64Array;
  /** Per bucket, aligned with `values`: 1 when most of the bucket's units sold on promotion. */
  promo: Float64Array;
}

/**
 * What the global model reads of a series (its values and promotion shares, and the keys its
 * prices are read by): all a worker predicting it is sent.
 */
export type GlobalSeriesView = Pick<SeriesHistory, 'productId' | 'locationId' | 'values' | 'integral' | 'promoShare'>;

/** A series narrowed to the global model's view (a run's series also carry availability and the previous grid's values). */
export function globalSeriesView(s: GlobalSeriesView): GlobalSeriesView {
  const { productId, locationId, values, integral, promoShare } = s;
  return { productId, locationId, values, integral, promoShare };
}

/** A bucket counts as promoted when at least half its units sold on promotion. */
export const promoFlag = (share: number): number => (share >= 0.5 ? 1 : 0);

/**
 * A series as the global model sees it, in training and in forecasting alike: censored buckets
 * filled as the engine fills them, with its promotion flags alongside. The future beyond the
 * history has no flags, which the model reads as "no promotion".
 */
export function globalModelSeries(series: Pick<SeriesHistory, 'values' | 'integral' | 'promoShare'>): GlobalModelSeries {
  const values = fillCensored(series.values, series.integral);
  const share = alignedRaw(series.promoShare, values.length);
  return { values, promo: share.map(promoFlag) };
}
