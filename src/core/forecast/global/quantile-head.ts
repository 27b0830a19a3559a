/**
 * Turns raw network outputs into monotone quantiles, and the losses trained on them.
 * Per step the network emits Q raw values plus one for the mean. The raw value at the anchor
 * (the level nearest 0.5) is that quantile; the others are softplus increments added above and
 * subtracted below it, so the quantiles can never cross.
 */

import * as tf from '@tensorflow/tfjs';

/** Index of the level nearest the median: quantiles grow outwards from it. */
export function anchorIndex(levels: readonly number[]): number {
  let best = 0;
  levels.forEach((q, i) => {
    if (Math.abs(q - 0.5) < Math.abs((levels[best] as number) - 0.5)) best = i;
  });
  return best;
}

/**
 * C such that quantiles = z · C, where z holds the anchor value and the positive increments:
 * column j sums the anchor and the increments between the anchor and level j (signed).
 */
export function cumulationMatrix(count: number, anchor: number): number[][] {
  const c = Array.from({ length: count }, () => new Array<number>(count).fill(0));
  for (let j = 0; j < count; j++) {
    (c[anchor] as number[])[j] = 1;
    for (let k = anchor + 1; k <= j; k++) (c[k] as number[])[j] = 1;
    for (let k = j; k < anchor; k++) (c[k] as number[])[j] = -1;
  }
  return c;
}

/** Numerically stable softplus from fast elementwise kernels: relu(x) + log(1 + e^−|x|). */
function softplus(x: tf.Tensor): tf.Tensor {
  return tf.add(tf.relu(x), tf.log1p(tf.exp(tf.neg(tf.abs(x)))));
}

/** raw: [N, Q] → monotone quantiles [N, Q] (non-decreasing along the last axis). */
export type MatMul = (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

export function monotoneQuantiles(raw: tf.Tensor2D, anchor: number, matMul: MatMul = (a, b) => tf.matMul(a, b)): tf.Tensor2D {
  return tf.tidy(() => {
    const count = raw.shape[1];
    const isAnchor = tf.oneHot(tf.tensor1d([anchor], 'int32'), count).toFloat();
    const z = tf.add(tf.mul(raw, isAnchor), tf.mul(softplus(raw), tf.sub(1, isAnchor)));
    return matMul(z as tf.Tensor2D, tf.tensor2d(cumulationMatrix(count, anchor)));
  });
}

/**
 * Pinball loss summed over the levels, averaged over rows: with d = y − q,
 * max(τ·d, (τ − 1)·d) = τ·d + relu(−d) (relu is far faster than maximum on wasm).
 * y: [N, 1], quantiles: [N, Q].
 */
export function pinballLoss(y: tf.Tensor2D, quantiles: tf.Tensor2D, levels: readonly number[]): tf.Scalar {
  return tf.tidy(() => {
    const d = tf.sub(y, quantiles);
    const perLevel = tf.add(tf.mul(d, tf.tensor2d([levels as number[]])), tf.relu(tf.neg(d)));
    return tf.mean(tf.sum(perLevel, 1));
  });
}

/**
 * Squared error of the mean head. Targets are winsorised at ±cap (a number, or one per row [N, 1]):
 * in scaled units a lumpy order can be hundreds of times the window level and would otherwise
 * dominate every gradient.
 */
export function meanLoss(y: tf.Tensor2D, mean: tf.Tensor2D, cap: number | tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const capped = typeof cap === 'number' ? tf.clipByValue(y, -cap, cap) : tf.minimum(tf.maximum(y, tf.neg(cap)), cap);
    return tf.mean(tf.square(tf.sub(capped, mean)));
  });
}
