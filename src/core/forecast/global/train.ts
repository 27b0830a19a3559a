/**
 * Trains the global model across all series: Adam on the summed pinball loss (+ mean head),
 * early stopping on held-out windows with the best weights restored and the learning rate halved
 * on each plateau, within a time budget. Run it in a worker thread: it keeps the thread busy.
 */

import * as tf from '@tensorflow/tfjs';
import { saveArtefact } from './artefact';
import { initTensorflow } from './backend';
import { BestWeights } from './early-stopping';
import { buildNetwork, decodeOutputs, denseVariables, trainingForward, trainingLoss, type LossWeights } from './model';
import { anchorIndex, pinballLoss } from './quantile-head';
import { seededRandom } from '../../ground/random';
import { shuffle } from './sampling';
import { buildTrainingData, resolveTrainingOptions } from './training-data';
import type { GlobalModelArtefact, TrainingContext, TrainingMetrics, TrainingOptions } from './types';
import type { WindowSet } from './windows';

const LOSS_WEIGHTS: LossWeights = { mean: 0.25, meanCap: 25 };

export interface TrainingResult {
  artefact: GlobalModelArtefact;
  metrics: TrainingMetrics;
}

interface TensorSet {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  count: number;
}

export async function trainGlobalModel(
  series: readonly ArrayLike<number>[],
  trainingOptions: TrainingOptions,
  ctx: TrainingContext,
): Promise<TrainingResult> {
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  await initTensorflow();
  const options = resolveTrainingOptions(trainingOptions);
  const random = seededRandom(options.seed);
  ctx.progress('global.windows', 0, 1);
  const data = buildTrainingData(series, options, random);
  if (data.train.count === 0) throw new RangeError('no series is long enough to train the global model');
  ctx.progress('global.windows', 1, 1);
  ctx.throwIfCancelled();

  const levels = options.quantiles;
  const anchor = anchorIndex(levels);
  const { layout } = data;
  const model = buildNetwork({
    inputWidth: layout.width,
    hiddenUnits: options.hiddenUnits,
    horizon: layout.horizon,
    quantileCount: levels.length,
    seed: options.seed,
  });
  const layers = denseVariables(model);
  const variables = layers.flatMap((l) => [l.kernel, l.bias]);
  let learningRate = options.learningRate;
  let optimizer = tf.train.adam(learningRate);
  const train = toTensors(data.train, layout.width, layout.horizon);
  const validation = data.validation.count > 0 ? toTensors(data.validation, layout.width, layout.horizon) : null;
  const best = new BestWeights();
  const order = Int32Array.from({ length: train.count }, (_, i) => i);
  const batchSize = Math.min(options.batchSize, train.count);

  /** One pass over the shuffled training windows; returns the mean training loss. */
  const runEpoch = (): number => {
    shuffle(order, random);
    let lossSum = 0;
    for (let from = 0; from < train.count; from += batchSize) {
      ctx.throwIfCancelled();
      const rows = order.subarray(from, Math.min(train.count, from + batchSize));
      const cost = tf.tidy(() => {
        const index = tf.tensor1d(rows, 'int32');
        const x = tf.gather(train.x, index);
        const y = tf.gather(train.y, index);
        const loss = (): tf.Scalar => trainingLoss(trainingForward(layers, x), y, levels, anchor, LOSS_WEIGHTS);
        return optimizer.minimize(loss, true, variables) as tf.Scalar;
      });
      lossSum += (cost.dataSync()[0] as number) * rows.length;
      cost.dispose();
    }
    return lossSum / train.count;
  };

  const metrics: TrainingMetrics = {
    seconds: 0,
    epochs: 0,
    bestEpoch: 0,
    trainWindows: train.count,
    validationWindows: validation?.count ?? 0,
    trainLoss: [],
    validationLoss: [],
    bestValidationLoss: NaN,
    stoppedByTime: false,
  };
  try {
    let plateaus = 0;
    let lastEpochSeconds = 0;
    for (let epoch = 1; epoch <= options.maxEpochs; epoch++) {
      if (epoch > 1 && elapsed() + lastEpochSeconds > options.maxTrainSeconds) {
        metrics.stoppedByTime = true;
        break;
      }
      const epochStart = performance.now();
      const trainLoss = runEpoch();
      const validationLoss = validation ? evaluatePinball(model, validation, levels, anchor) : trainLoss;
      metrics.trainLoss.push(trainLoss);
      metrics.validationLoss.push(validationLoss);
      metrics.epochs = epoch;
      lastEpochSeconds = (performance.now() - epochStart) / 1000;
      ctx.progress('global.epoch', epoch, options.maxEpochs);
      if (best.offer(validationLoss, epoch, variables)) {
        plateaus = 0;
        continue;
      }
      if (++plateaus >= options.patience) break;
      // Plateau: go back to the best weights and take smaller steps from there.
      best.restore(variables);
      optimizer.dispose();
      learningRate /= 2;
      optimizer = tf.train.adam(learningRate);
    }
    best.restore(variables);
    metrics.bestEpoch = best.epoch;
    metrics.bestValidationLoss = best.loss;
    ctx.throwIfCancelled();
    const artefact = await saveArtefact(model, {
      format: 'supplydesk-global-mlp',
      version: 1,
      seasonLength: options.seasonLength,
      quantiles: levels,
      layout,
      anchor,
      trainedSeries: series.length,
      trainedWindows: train.count,
    });
    metrics.seconds = elapsed();
    return { artefact, metrics };
  } finally {
    tf.dispose([train.x, train.y, ...(validation ? [validation.x, validation.y] : [])]);
    best.dispose();
    optimizer.dispose();
    model.dispose();
  }
}

function toTensors(set: WindowSet, width: number, horizon: number): TensorSet {
  return { x: tf.tensor2d(set.x, [set.count, width]), y: tf.tensor2d(set.y, [set.count, horizon]), count: set.count };
}

/** Mean pinball loss (summed over levels, normalised units) of the current weights on a window set. */
function evaluatePinball(model: tf.LayersModel, set: TensorSet, levels: number[], anchor: number): number {
  return tf.tidy(() => {
    const raw = model.predict(set.x, { batchSize: 4096 }) as tf.Tensor2D;
    const { quantiles } = decodeOutputs(raw, levels.length, anchor);
    return pinballLoss(tf.reshape(set.y, [-1, 1]) as tf.Tensor2D, quantiles, levels).dataSync()[0] as number;
  });
}
