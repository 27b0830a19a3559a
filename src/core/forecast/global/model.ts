/**
 * The network: a small MLP from one window row to H × (Q quantiles + 1 mean) raw outputs.
 * It is a plain tf.LayersModel so it saves and loads with the standard tfjs artefact format;
 * training runs its own forward pass over the same variables (see `trainingForward`).
 */

import * as tf from '@tensorflow/tfjs';
import { meanLoss, monotoneQuantiles, pinballLoss, type MatMul } from './quantile-head';
import { outputsPerStep } from './output-layout';

export interface NetworkShape {
  inputWidth: number;
  hiddenUnits: readonly number[];
  horizon: number;
  quantileCount: number;
  seed: number;
}

export function buildNetwork(shape: NetworkShape): tf.LayersModel {
  const model = tf.sequential();
  const widths = [...shape.hiddenUnits, shape.horizon * outputsPerStep(shape.quantileCount)];
  widths.forEach((units, i) => {
    const last = i === widths.length - 1;
    model.add(
      tf.layers.dense({
        ...(i === 0 ? { inputShape: [shape.inputWidth] } : {}),
        units,
        activation: last ? 'linear' : 'relu',
        // Seeded initialisers: the same data and seed give the same model.
        kernelInitializer: last ? tf.initializers.glorotUniform({ seed: shape.seed + i }) : tf.initializers.heUniform({ seed: shape.seed + i }),
        biasInitializer: 'zeros',
        name: `dense_${i}`,
      }),
    );
  });
  return model;
}

/**
 * x·W with a gradient written with explicit transposes: on the wasm backend a matMul with a
 * transpose flag (which tfjs's own gradient uses) is 10–30× slower than transpose + matMul.
 */
export const fastMatMul = tf.customGrad((x, w, save) => {
  const a = x as tf.Tensor2D;
  const b = w as tf.Tensor2D;
  (save as tf.GradSaveFunc)([a, b]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sa, sb] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(sb)), tf.matMul(tf.transpose(sa), dy as tf.Tensor2D)];
    },
  };
}) as (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

/** Kernel and bias variables of each dense layer, in order (what the optimiser updates). */
export function denseVariables(model: tf.LayersModel): Array<{ kernel: tf.Variable; bias: tf.Variable }> {
  return model.layers.map((layer) => {
    const [kernel, bias] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    if (!kernel || !bias) throw new Error(`layer ${layer.name} is not a dense layer with bias`);
    return { kernel, bias };
  });
}

/** Same function as model.predict, built from fastMatMul so training gradients are fast. */
export function trainingForward(layers: ReturnType<typeof denseVariables>, x: tf.Tensor2D): tf.Tensor2D {
  let h = x;
  layers.forEach(({ kernel, bias }, i) => {
    const z = tf.add(fastMatMul(h, kernel as tf.Tensor2D), bias) as tf.Tensor2D;
    h = i === layers.length - 1 ? z : tf.relu(z);
  });
  return h;
}

/** Identity forward, zero gradient: the mean head may read the median but not move it. */
const stopGradient = tf.customGrad((x) => ({
  value: tf.clone(x as tf.Tensor),
  gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy),
})) as (x: tf.Tensor2D) => tf.Tensor2D;

/**
 * Splits raw outputs [B, H·(Q+1)] into monotone quantiles [B·H, Q] and means [B·H, 1]; the mean
 * is an offset from the anchor quantile, so it learns the skew only (for symmetric demand it is
 * as precise as the median).
 */
export function decodeOutputs(
  raw: tf.Tensor2D,
  quantileCount: number,
  anchor: number,
  matMul?: MatMul,
): { quantiles: tf.Tensor2D; mean: tf.Tensor2D } {
  return tf.tidy(() => {
    const perStep = outputsPerStep(quantileCount);
    const rows = tf.reshape(raw, [-1, perStep]) as tf.Tensor2D;
    const quantileRaw = tf.slice(rows, [0, 0], [-1, quantileCount]) as tf.Tensor2D;
    const quantiles = monotoneQuantiles(quantileRaw, anchor, matMul);
    const median = stopGradient(tf.slice(quantiles, [0, anchor], [-1, 1]) as tf.Tensor2D);
    const mean = tf.add(tf.slice(rows, [0, quantileCount], [-1, 1]), median) as tf.Tensor2D;
    return { quantiles, mean };
  });
}

export interface LossWeights {
  /** Weight of the mean head's squared error next to the summed pinball loss. */
  mean: number;
}

/** Training objective on scaled targets y [B, H]: summed pinball + weighted mean-head error on targets winsorised at each window's cap [B, 1]. */
export function trainingLoss(
  raw: tf.Tensor2D,
  y: tf.Tensor2D,
  meanCap: tf.Tensor2D,
  levels: readonly number[],
  anchor: number,
  weights: LossWeights,
): tf.Scalar {
  const { quantiles, mean } = decodeOutputs(raw, levels.length, anchor, fastMatMul);
  const target = tf.reshape(y, [-1, 1]) as tf.Tensor2D;
  const pinball = pinballLoss(target, quantiles, levels);
  const cap = tf.reshape(tf.tile(meanCap, [1, y.shape[1]]), [-1, 1]) as tf.Tensor2D;
  return tf.add(pinball, tf.mul(meanLoss(target, mean, cap), weights.mean)) as tf.Scalar;
}
