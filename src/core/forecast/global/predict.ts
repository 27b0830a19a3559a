/** Forecasts many series with a trained global model in one batched predict call. */

import * as tf from '@tensorflow/tfjs';
import { quantileKey } from '../quantiles';
import { allNonNegative } from '../series';
import { loadNetwork } from './artefact';
import { initTensorflow } from './backend';
import { decodeOutputs } from './model';
import type { GlobalForecast, GlobalModelArtefact, GlobalModelOptions } from './types';
import { buildForecastRows, prepareSeries, type Normaliser } from './windows';

/** Rows per predict batch: the tfjs default of 32 is ~20× slower on wasm. */
const PREDICT_BATCH = 8192;

/** What prediction needs besides the series: dates and future covariates, if the model uses them. */
export type ForecastInputs = Pick<GlobalModelOptions, 'lastBucket' | 'covariates'>;

/**
 * One forecast per series for the model's horizon and quantile levels. Series must be in the
 * model's bucket size and end at the forecast origin; all-non-negative histories get
 * non-negative forecasts.
 */
export async function forecastWithGlobalModel(
  artefact: GlobalModelArtefact,
  series: readonly ArrayLike<number>[],
  inputs: ForecastInputs = {},
): Promise<GlobalForecast[]> {
  await initTensorflow();
  const { layout, quantiles: levels, anchor } = artefact.meta;
  if (layout.calendarPerStep > 0 && inputs.lastBucket === undefined) {
    throw new RangeError('this global model uses calendar features: pass lastBucket');
  }
  if (series.length === 0) return [];
  const prepared = series.map((y, i) => prepareSeries(y, i, inputs));
  const { x, norms } = buildForecastRows(prepared, layout);

  const model = await loadNetwork(artefact);
  let quantileValues: Float32Array;
  let meanValues: Float32Array;
  try {
    [quantileValues, meanValues] = tf.tidy(() => {
      const raw = model.predict(tf.tensor2d(x, [series.length, layout.width]), { batchSize: PREDICT_BATCH }) as tf.Tensor2D;
      const decoded = decodeOutputs(raw, levels.length, anchor);
      return [decoded.quantiles.dataSync() as Float32Array, decoded.mean.dataSync() as Float32Array];
    });
  } finally {
    model.dispose();
  }
  return prepared.map((s, r) =>
    unscale(quantileValues, meanValues, r, norms[r] as Normaliser, levels, layout.horizon, allNonNegative(s.values)),
  );
}

/** Back to units (base + scale × output); the mean stays between the lowest and highest quantile. */
function unscale(
  quantileValues: Float32Array,
  meanValues: Float32Array,
  row: number,
  norm: Normaliser,
  levels: readonly number[],
  horizon: number,
  nonNegative: boolean,
): GlobalForecast {
  const Q = levels.length;
  const floor = nonNegative ? 0 : -Infinity;
  const mean = new Float64Array(horizon);
  const arrays = levels.map(() => new Float64Array(horizon));
  for (let h = 0; h < horizon; h++) {
    const at = row * horizon + h;
    for (let j = 0; j < Q; j++) {
      (arrays[j] as Float64Array)[h] = Math.max(floor, norm.base + (quantileValues[at * Q + j] as number) * norm.scale);
    }
    const low = (arrays[0] as Float64Array)[h] as number;
    const high = (arrays[Q - 1] as Float64Array)[h] as number;
    mean[h] = Math.min(high, Math.max(low, floor, norm.base + (meanValues[at] as number) * norm.scale));
  }
  const quantiles: Record<string, Float64Array> = {};
  levels.forEach((q, j) => (quantiles[quantileKey(q)] = arrays[j] as Float64Array));
  return { mean, quantiles };
}
