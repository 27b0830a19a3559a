/** Forecasts many series with a trained global model in one batched predict call. */

import * as tf from '@tensorflow/tfjs';
import { quantileKey } from '../quantiles';
import { allNonNegative } from '../series';
import { loadNetwork } from './artefact';
import { initTensorflow } from './backend';
import { EventCalendar } from './events';
import { decodeOutputs } from './model';
import type { GlobalForecast, GlobalModelArtefact, GlobalModelOptions } from './types';
import { buildForecastRows, prepareSeries, type Normaliser } from './windows';

/**
 * Rows per predict batch: the tfjs default of 32 is ~20× slower on wasm, while each row of ~800
 * float inputs is held twice (the rows, then the input tensor in the wasm heap, which never
 * shrinks), so a thread predicting 8,192 rows at once keeps ~50 MB for it where 2,048 keep ~13 MB.
 */
const PREDICT_BATCH = 2048;

/** What prediction needs besides the series: dates and future covariates, if the model uses them. */
export type ForecastInputs = Pick<GlobalModelOptions, 'lastBucket' | 'covariates' | 'events'>;

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
  checkInputs(artefact, inputs);
  if (series.length === 0) return [];
  const predictor = await loadGlobalPredictor(artefact);
  try {
    return predictor.predict(series, inputs);
  } finally {
    predictor.dispose();
  }
}

/** A stored model's networks loaded once, to predict many batches of series (a kept worker predicts every slice of a run). */
export interface GlobalPredictor {
  /** As forecastWithGlobalModel, on the loaded networks. */
  predict(series: readonly ArrayLike<number>[], inputs: ForecastInputs): GlobalForecast[];
  dispose(): void;
}

export async function loadGlobalPredictor(artefact: GlobalModelArtefact): Promise<GlobalPredictor> {
  await initTensorflow();
  const members = artefact.meta.members ?? 1;
  const networks: tf.LayersModel[] = [];
  try {
    for (let m = 0; m < members; m++) networks.push(await loadNetwork(memberOf(artefact, m, members)));
  } catch (error) {
    for (const network of networks) network.dispose();
    throw error;
  }
  return {
    predict: (series, inputs) => predictWith(networks, artefact, series, inputs),
    dispose: () => {
      for (const network of networks.splice(0)) network.dispose();
    },
  };
}

function checkInputs(artefact: GlobalModelArtefact, inputs: ForecastInputs): void {
  const { layout } = artefact.meta;
  if (layout.calendarPerStep > 0 && inputs.lastBucket === undefined) {
    throw new RangeError('this global model uses calendar features: pass lastBucket');
  }
  if ((layout.eventKeys ?? []).length > 0 && inputs.events === undefined) {
    throw new RangeError('this global model uses event flags: pass the events calendar');
  }
}

function predictWith(networks: readonly tf.LayersModel[], artefact: GlobalModelArtefact, series: readonly ArrayLike<number>[], inputs: ForecastInputs): GlobalForecast[] {
  checkInputs(artefact, inputs);
  const { layout, quantiles: levels, anchor } = artefact.meta;
  const members = networks.length;
  // Keys the model never saw are left out: it has no weights for them.
  const eventKeys = layout.eventKeys ?? [];
  const events = eventKeys.length > 0 ? new EventCalendar(eventKeys, inputs.events ?? []) : null;
  const out: GlobalForecast[] = [];
  // One input tensor per chunk of rows: the rows of a whole run (~100,000 × ~1,000 floats) would not fit comfortably.
  for (let from = 0; from < series.length; from += PREDICT_BATCH) {
    const prepared = [];
    for (let i = from; i < Math.min(series.length, from + PREDICT_BATCH); i++) prepared.push(prepareSeries(series[i]!, i, inputs));
    const { x, norms } = buildForecastRows(prepared, layout, events);
    let quantileValues: Float32Array | null = null;
    let meanValues: Float32Array | null = null;
    for (const network of networks) {
      const [q, mean] = predictRows(network, x, prepared.length, layout.width, levels.length, anchor);
      quantileValues = addInto(quantileValues, q);
      meanValues = addInto(meanValues, mean);
    }
    // The ensemble forecast: members' quantiles averaged level by level (they stay monotone).
    if (members > 1) for (const values of [quantileValues, meanValues]) values?.forEach((v, i) => (values[i] = v / members));
    prepared.forEach((s, r) =>
      out.push(unscale(quantileValues as Float32Array, meanValues as Float32Array, r, norms[r] as Normaliser, levels, layout.horizon, allNonNegative(s.values))),
    );
  }
  return out;
}

/** Member `m`'s network: the members' weights are stored back to back. */
function memberOf(artefact: GlobalModelArtefact, m: number, members: number): GlobalModelArtefact {
  if (members === 1) return artefact;
  const bytes = artefact.weightData.byteLength / members;
  return { ...artefact, weightData: artefact.weightData.subarray(m * bytes, (m + 1) * bytes) };
}

/**
 * Quantiles and means of `rows` input rows. The values are read after the tidy scope: a tidy that
 * returns typed arrays walks every element of them looking for tensors (seconds per 10,000 series).
 */
function predictRows(
  network: tf.LayersModel,
  x: Float32Array,
  rows: number,
  width: number,
  quantileCount: number,
  anchor: number,
): [Float32Array, Float32Array] {
  const { quantiles, mean } = tf.tidy(() => {
    const raw = network.predict(tf.tensor2d(x, [rows, width]), { batchSize: PREDICT_BATCH }) as tf.Tensor2D;
    return decodeOutputs(raw, quantileCount, anchor);
  });
  try {
    return [quantiles.dataSync() as Float32Array, mean.dataSync() as Float32Array];
  } finally {
    quantiles.dispose();
    mean.dispose();
  }
}

function addInto(sum: Float32Array | null, values: Float32Array): Float32Array {
  if (sum === null) return Float32Array.from(values);
  values.forEach((v, i) => (sum[i] = (sum[i] as number) + v));
  return sum;
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
