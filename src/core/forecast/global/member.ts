/**
 * One member of the global model's ensemble: a network from its own seed, trained with Adam on
 * the summed pinball loss (+ mean head) for its planned epochs, early stopping on held-out
 * windows with the best weights restored and the learning rate halved on each plateau; the
 * time budget is only a safety stop (safety-stop.ts).
 */

import * as tf from '@tensorflow/tfjs';
import { saveArtefact } from './artefact';
import { BestWeights } from './early-stopping';
import { buildNetwork, decodeOutputs, denseVariables, trainingForward, trainingLoss, type LossWeights } from './model';
import { pinballLoss } from './quantile-head';
import type { SafetyStop } from './safety-stop';
import { shuffle } from './sampling';
import type { ResolvedTrainingOptions } from './training-data';
import type { GlobalModelArtefact, GlobalModelMeta, TrainingContext } from './types';

const LOSS_WEIGHTS: LossWeights = { mean: 0.25 };

export interface TensorSet {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  /** [count, 1]: each window's cap on its mean-head targets. */
  meanCap: tf.Tensor2D;
  count: number;
}

export interface MemberRun {
  artefact: GlobalModelArtefact;
  epochs: number;
  bestEpoch: number;
  trainLoss: number[];
  validationLoss: number[];
  stoppedByTime: boolean;
  seconds: number;
  /** Decoded validation quantiles [windows·H, Q] of the best weights (to score the ensemble). */
  validationQuantiles: tf.Tensor2D | null;
}

export interface MemberSettings {
  seed: number;
  random: () => number;
  /** When no new batch starts. */
  stop: SafetyStop;
  /** Set for the first epoch of the first member only. */
  fullFirstEpoch: boolean;
  anchor: number;
  layoutWidth: number;
  ctx: TrainingContext;
  onEpoch: (epoch: number) => void;
  meta: Pick<GlobalModelMeta, 'trainedSeries' | 'trainedWindows' | 'layout'>;
}

/** One network from its own seed: weights initialised and windows shuffled by it. */
export async function trainMember(
  train: TensorSet,
  validation: TensorSet | null,
  options: ResolvedTrainingOptions,
  settings: MemberSettings,
): Promise<MemberRun> {
  const { ctx, random, anchor } = settings;
  const levels = options.quantiles;
  const model = buildNetwork({
    inputWidth: settings.layoutWidth,
    hiddenUnits: options.hiddenUnits,
    horizon: options.horizon,
    quantileCount: levels.length,
    seed: settings.seed,
  });
  const layers = denseVariables(model);
  const variables = layers.flatMap((l) => [l.kernel, l.bias]);
  let learningRate = options.learningRate;
  let optimizer = tf.train.adam(learningRate);
  const best = new BestWeights();
  const order = Int32Array.from({ length: train.count }, (_, i) => i);
  const batchSize = Math.min(options.batchSize, train.count);
  let outOfTime = false;

  /** One pass over the shuffled training windows (cut short by the safety stop); returns the mean training loss. */
  const runEpoch = (): number => {
    shuffle(order, random);
    let lossSum = 0;
    let rowsSeen = 0;
    for (let from = 0; from < train.count; from += batchSize) {
      ctx.throwIfCancelled();
      // The first epoch of the first member always completes: a model that saw part of its data is no model.
      if (!settings.fullFirstEpoch && rowsSeen > 0 && settings.stop.passed()) {
        outOfTime = true;
        break;
      }
      const rows = order.subarray(from, Math.min(train.count, from + batchSize));
      const cost = tf.tidy(() => {
        const index = tf.tensor1d(rows, 'int32');
        const x = tf.gather(train.x, index);
        const y = tf.gather(train.y, index);
        const meanCap = tf.gather(train.meanCap, index);
        const loss = (): tf.Scalar => trainingLoss(trainingForward(layers, x), y, meanCap, levels, anchor, LOSS_WEIGHTS);
        return optimizer.minimize(loss, true, variables) as tf.Scalar;
      });
      lossSum += (cost.dataSync()[0] as number) * rows.length;
      rowsSeen += rows.length;
      cost.dispose();
    }
    return lossSum / rowsSeen;
  };

  const run: MemberRun = {
    artefact: null as unknown as GlobalModelArtefact,
    epochs: 0,
    bestEpoch: 0,
    trainLoss: [],
    validationLoss: [],
    stoppedByTime: false,
    seconds: 0,
    validationQuantiles: null,
  };
  try {
    let plateaus = 0;
    for (let epoch = 1; epoch <= options.maxEpochs; epoch++) {
      if (epoch > 1 && settings.stop.passed()) {
        run.stoppedByTime = true;
        break;
      }
      const trainLoss = runEpoch();
      settings.fullFirstEpoch = false;
      const validationLoss = validation ? evaluatePinball(model, validation, levels, anchor) : trainLoss;
      run.trainLoss.push(trainLoss);
      run.validationLoss.push(validationLoss);
      run.epochs = epoch;
      settings.onEpoch(epoch);
      const improved = best.offer(validationLoss, epoch, variables);
      if (outOfTime) {
        run.stoppedByTime = true;
        break;
      }
      if (improved) {
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
    run.bestEpoch = best.epoch;
    ctx.throwIfCancelled();
    if (validation) run.validationQuantiles = predictQuantiles(model, validation, levels.length, anchor);
    run.artefact = await saveArtefact(model, {
      format: 'supplydesk-global-mlp',
      version: 2,
      seasonLength: options.seasonLength,
      quantiles: levels,
      anchor,
      members: 1,
      ...settings.meta,
    });
    return run;
  } catch (error) {
    run.validationQuantiles?.dispose();
    throw error;
  } finally {
    best.dispose();
    optimizer.dispose();
    model.dispose();
  }
}

export function predictQuantiles(model: tf.LayersModel, set: TensorSet, quantileCount: number, anchor: number): tf.Tensor2D {
  return tf.tidy(() => {
    const raw = model.predict(set.x, { batchSize: 4096 }) as tf.Tensor2D;
    return decodeOutputs(raw, quantileCount, anchor).quantiles;
  });
}

/** Mean pinball loss (summed over levels, normalised units) of the current weights on a window set. */
function evaluatePinball(model: tf.LayersModel, set: TensorSet, levels: number[], anchor: number): number {
  return tf.tidy(() => {
    const quantiles = predictQuantiles(model, set, levels.length, anchor);
    return pinballLoss(tf.reshape(set.y, [-1, 1]) as tf.Tensor2D, quantiles, levels).dataSync()[0] as number;
  });
}

