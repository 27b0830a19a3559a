/**
 * The TensorFlow.js next-basket model: a customer's purchase history (a decayed count per SKU) goes
 * through a small hidden layer to a softmax over SKUs, trained to predict the next basket from the
 * history before it, on the workspace's own baskets. It learns which SKUs customers with a history
 * like this one buy next, new-to-them SKUs included, which the repeat model cannot.
 * Pure computation on arrays (wasm backend, single thread); run it in a worker for the app.
 */

import * as tf from '@tensorflow/tfjs';
import { initTensorflow } from '../forecast/global/backend';
import { fastMatMul } from '../forecast/global/model';
import { shuffle } from '../forecast/global/sampling';
import { seededRandom } from '../ground/random';
import type { TaskContext } from '../ground/task-context';
import { basketItems, type Baskets } from './baskets';
import { topIndices, type CustomerItemScorer } from './components';

export interface BasketModelOptions {
  /** SKUs the model knows: the most ordered ones (a softmax over 100k SKUs would not fit a laptop). */
  maxVocabulary: number;
  hiddenUnits: number;
  /** Latest orders per customer used as training targets (bounds the work for long histories). */
  targetsPerCustomer: number;
  batchSize: number;
  learningRate: number;
  maxEpochs: number;
  /** Share of history entries dropped from each input while training (denoising). */
  inputDropout: number;
  /** Weight per order going back in the history input. */
  orderDecay: number;
  seed: number;
}

export const DEFAULT_BASKET_MODEL: BasketModelOptions = {
  maxVocabulary: 2000,
  hiddenUnits: 32,
  targetsPerCustomer: 6,
  batchSize: 256,
  learningRate: 0.01,
  maxEpochs: 30,
  inputDropout: 0.2,
  orderDecay: 0.9,
  seed: 1,
};

/** The trained weights, as plain arrays, with the SKUs (by code) they speak of. */
export interface BasketModel {
  vocabulary: string[];
  hiddenUnits: number;
  orderDecay: number;
  w1: Float32Array; // vocabulary × hidden
  b1: Float32Array;
  w2: Float32Array; // hidden × vocabulary
  b2: Float32Array;
  epochs: number;
  loss: number;
}

interface Sample {
  customer: number;
  /** Index into the customer's orders of the target basket (history = the orders before it). */
  position: number;
}

/**
 * x·W for the input layer: the input is data, so its gradient is never needed and costs nothing
 * (with batch × SKUs inputs that product would be a third of the training time).
 */
const inputMatMul = tf.customGrad((x, w, save) => {
  const a = x as tf.Tensor2D;
  const b = w as tf.Tensor2D;
  (save as tf.GradSaveFunc)([a]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sa] = saved as [tf.Tensor2D];
      return [tf.zerosLike(sa), tf.matMul(tf.transpose(sa), dy as tf.Tensor2D)];
    },
  };
}) as (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

/** Train (or keep training `start`) within `budgetMs`; returns the weights as arrays. */
export async function trainBasketModel(
  b: Baskets,
  options: Partial<BasketModelOptions> & { budgetMs: number; ctx?: TaskContext; start?: BasketModel },
): Promise<BasketModel | null> {
  const started = performance.now();
  const o = { ...DEFAULT_BASKET_MODEL, ...options };
  await initTensorflow();
  const vocabulary = options.start?.vocabulary ?? topSkus(b, o.maxVocabulary);
  const V = vocabulary.length;
  if (V < 2) return null;
  const toVocab = vocabMap(b, vocabulary);
  const samples: Sample[] = [];
  for (let c = 0; c < b.customers.length; c++) {
    const orders = b.customerOrders[c]!;
    for (let p = Math.max(1, orders.length - o.targetsPerCustomer); p < orders.length; p++) samples.push({ customer: c, position: p });
  }
  if (samples.length === 0) return null;
  const random = seededRandom(o.seed);
  const H = o.hiddenUnits;
  const w1 = tf.variable(options.start ? tf.tensor2d(options.start.w1, [V, H]) : tf.randomNormal([V, H], 0, Math.sqrt(2 / V), 'float32', o.seed));
  const b1 = tf.variable(options.start ? tf.tensor1d(options.start.b1) : tf.zeros([H]));
  const w2 = tf.variable(options.start ? tf.tensor2d(options.start.w2, [H, V]) : tf.randomNormal([H, V], 0, Math.sqrt(1 / H), 'float32', o.seed + 1));
  const b2 = tf.variable(options.start ? tf.tensor1d(options.start.b2) : tf.zeros([V]));
  const variables = [w1, b1, w2, b2];
  const optimizer = tf.train.adam(o.learningRate);
  const order = Int32Array.from({ length: samples.length }, (_, i) => i);
  const batch = Math.min(o.batchSize, samples.length);
  const x = new Float32Array(batch * V);
  const y = new Float32Array(batch * V);
  let epochs = 0;
  let partial = false;
  let lastLoss = Number.NaN;
  try {
    while (epochs < o.maxEpochs) {
      shuffle(order, random);
      let lossSum = 0;
      let batches = 0;
      for (let from = 0; from + batch <= samples.length; from += batch) {
        options.ctx?.throwIfCancelled();
        x.fill(0);
        y.fill(0);
        for (let r = 0; r < batch; r++) {
          const sample = samples[order[from + r]!]!;
          const orders = b.customerOrders[sample.customer]!;
          historyInto(b, orders, sample.position, toVocab, o.orderDecay, x, r * V, V, random, o.inputDropout);
          const target = basketItems(b, orders[sample.position]!);
          let known = 0;
          for (const s of target) if (toVocab[s]! >= 0) known++;
          for (const s of target) if (toVocab[s]! >= 0) y[r * V + toVocab[s]!] = 1 / known;
        }
        const cost = tf.tidy(() => {
          const xt = tf.tensor2d(x, [batch, V]);
          const yt = tf.tensor2d(y, [batch, V]);
          const loss = (): tf.Scalar => {
            const h = tf.relu(tf.add(inputMatMul(xt, w1 as tf.Tensor2D), b1)) as tf.Tensor2D;
            const logits = tf.add(fastMatMul(h, w2 as tf.Tensor2D), b2) as tf.Tensor2D;
            return tf.mean(tf.neg(tf.sum(tf.mul(yt, tf.logSoftmax(logits)), 1))) as tf.Scalar;
          };
          return optimizer.minimize(loss, true, variables) as tf.Scalar;
        });
        lossSum += (await cost.data())[0]!;
        cost.dispose();
        batches++;
        if (performance.now() - started > options.budgetMs && from + 2 * batch <= samples.length) {
          partial = true; // out of time inside the epoch: it does not count as one
          break;
        }
      }
      if (!partial) epochs++;
      lastLoss = lossSum / Math.max(1, batches);
      options.ctx?.progress('recommend.model', Math.min(epochs, o.maxEpochs), o.maxEpochs);
      if (partial || performance.now() - started > options.budgetMs) break;
    }
    return {
      vocabulary,
      hiddenUnits: H,
      orderDecay: o.orderDecay,
      w1: (await w1.data()) as Float32Array,
      b1: (await b1.data()) as Float32Array,
      w2: (await w2.data()) as Float32Array,
      b2: (await b2.data()) as Float32Array,
      epochs,
      loss: lastLoss,
    };
  } finally {
    for (const v of variables) v.dispose();
    optimizer.dispose();
  }
}

/**
 * A scorer over the given baskets as of their end: every customer's scores are computed once, in
 * batches with tfjs, keeping each customer's best SKUs and score range; any other SKU's score is one
 * small dot product from the customer's hidden vector.
 */
export async function basketModelScorer(model: BasketModel, b: Baskets, keep = 100): Promise<CustomerItemScorer> {
  await initTensorflow();
  const V = model.vocabulary.length;
  const H = model.hiddenUnits;
  const C = b.customers.length;
  const toVocab = vocabMap(b, model.vocabulary);
  const skuOfVocab = new Int32Array(V).fill(-1);
  for (let s = 0; s < toVocab.length; s++) if (toVocab[s]! >= 0) skuOfVocab[toVocab[s]!] = s;
  const hidden = new Float32Array(C * H);
  const top = new Int32Array(C * keep).fill(-1);
  const low = new Float32Array(C);
  const high = new Float32Array(C);
  const chunk = 256;
  const x = new Float32Array(chunk * V);
  const w1 = tf.tensor2d(model.w1, [V, H]);
  const b1 = tf.tensor1d(model.b1);
  const w2 = tf.tensor2d(model.w2, [H, V]);
  const b2 = tf.tensor1d(model.b2);
  try {
    for (let from = 0; from < C; from += chunk) {
      const rows = Math.min(chunk, C - from);
      x.fill(0);
      for (let r = 0; r < rows; r++) {
        const orders = b.customerOrders[from + r]!;
        historyInto(b, orders, orders.length, toVocab, model.orderDecay, x, r * V, V, null, 0);
      }
      const [h, logits] = tf.tidy(() => {
        const ht = tf.relu(tf.add(tf.matMul(tf.tensor2d(x.subarray(0, rows * V), [rows, V]), w1), b1)) as tf.Tensor2D;
        return [ht, tf.add(tf.matMul(ht, w2), b2)];
      });
      hidden.set(await h.data(), from * H);
      const values = (await logits.data()) as Float32Array;
      h.dispose();
      logits.dispose();
      for (let r = 0; r < rows; r++) {
        const row = values.subarray(r * V, (r + 1) * V);
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let v = 0; v < V; v++) {
          if (row[v]! < lo) lo = row[v]!;
          if (row[v]! > hi) hi = row[v]!;
        }
        low[from + r] = lo;
        high[from + r] = hi;
        const best = topIndices(row, keep);
        for (let k = 0; k < best.length; k++) top[(from + r) * keep + k] = skuOfVocab[best[k]!]!;
      }
    }
  } finally {
    for (const t of [w1, b1, w2, b2]) t.dispose();
  }
  // Columns of the output layer as rows (one SKU's weights contiguous) for the per-SKU dot product.
  const columns = new Float32Array(V * H);
  for (let k = 0; k < H; k++) for (let v = 0; v < V; v++) columns[v * H + k] = model.w2[k * V + v]!;
  return {
    name: 'tfjs next-basket',
    top(customer) {
      const list = top.subarray(customer * keep, (customer + 1) * keep);
      const end = list.indexOf(-1);
      return end < 0 ? list : list.subarray(0, end);
    },
    range: (customer) => [low[customer]!, high[customer]!],
    score(customer, sku) {
      const v = sku < toVocab.length ? toVocab[sku]! : -1;
      if (v < 0) return low[customer]!;
      let sum = model.b2[v]!;
      const base = customer * H;
      const col = v * H;
      for (let k = 0; k < H; k++) sum += hidden[base + k]! * columns[col + k]!;
      return sum;
    },
  };
}

/** The decayed, max-scaled history of orders[0..end) into x[offset..offset+V). */
function historyInto(
  b: Baskets,
  orders: Int32Array,
  end: number,
  toVocab: Int32Array,
  decay: number,
  x: Float32Array,
  offset: number,
  V: number,
  random: (() => number) | null,
  dropout: number,
): void {
  let max = 0;
  let weight = 1;
  for (let k = end - 1; k >= 0; k--, weight *= decay) {
    for (const s of basketItems(b, orders[k]!)) {
      const v = toVocab[s]!;
      if (v < 0) continue;
      const value = (x[offset + v]! += weight);
      if (value > max) max = value;
    }
  }
  if (max === 0) return;
  for (let v = 0; v < V; v++) {
    const i = offset + v;
    if (x[i] === 0) continue;
    x[i] = random !== null && random() < dropout ? 0 : x[i]! / max;
  }
}

function topSkus(b: Baskets, max: number): string[] {
  const count = new Float64Array(b.skus.length);
  for (let k = 0; k < b.items.length; k++) count[b.items[k]!]! += 1;
  const ids = Array.from({ length: b.skus.length }, (_, s) => s).filter((s) => count[s]! > 0);
  ids.sort((x, y) => count[y]! - count[x]! || x - y);
  return ids.slice(0, max).map((s) => b.skus[s]!);
}

function vocabMap(b: Baskets, vocabulary: readonly string[]): Int32Array {
  const map = new Int32Array(b.skus.length).fill(-1);
  vocabulary.forEach((sku, v) => {
    const s = b.skuIndex.get(sku);
    if (s !== undefined) map[s] = v;
  });
  return map;
}
