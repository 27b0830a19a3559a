/**
 * Trains the global model across all series: the windows are built once, then the planned
 * ensemble of networks that differ by seed (member.ts), each for the planned epochs (work-plan.ts),
 * so the same data gives the same model whatever the load; their weights are stored back to back
 * in one artefact. The time budget is a safety stop, checked between batches. Run it in a worker
 * thread.
 */

import * as tf from '@tensorflow/tfjs';
import { initTensorflow } from './backend';
import { trainMember, type MemberRun, type TensorSet } from './member';
import { anchorIndex, pinballLoss } from './quantile-head';
import { safetyStop } from './safety-stop';
import { seededRandom } from '../../ground/random';
import { buildTrainingData, resolveTrainingOptions, type ResolvedTrainingOptions, type TrainingData } from './training-data';
import type { GlobalModelArtefact, TrainingContext, TrainingMetrics, TrainingOptions } from './types';
import { emptyWindowSet, type WindowSet } from './windows';

export interface TrainingResult {
  artefact: GlobalModelArtefact;
  metrics: TrainingMetrics;
}

export async function trainGlobalModel(
  series: readonly ArrayLike<number>[],
  trainingOptions: TrainingOptions,
  ctx: TrainingContext,
): Promise<TrainingResult> {
  const started = performance.now();
  const options = resolveTrainingOptions(trainingOptions);
  const random = seededRandom(options.seed);
  ctx.progress('global.windows', 0, 1);
  const data = buildTrainingData(series, options, random);
  return trainOnWindows(data, options, random, series.length, ctx, started);
}

/**
 * Trains on windows already written: by buildTrainingData, or planned over a workspace's series
 * and written as they streamed by (planTrainingData, TrainingDataBuilder). `random` is the
 * generator that planned them, in the state planning left it (member 0 shuffles with it), and
 * the safety stop counts from `started`. The window arrays are emptied once copied into tensors.
 */
export async function trainOnWindows(
  data: TrainingData,
  options: ResolvedTrainingOptions,
  random: () => number,
  trainedSeries: number,
  ctx: TrainingContext,
  started = performance.now(),
): Promise<TrainingResult> {
  const elapsed = (): number => (performance.now() - started) / 1000;
  await initTensorflow();
  if (data.train.count === 0) throw new RangeError('no series is long enough to train the global model');
  ctx.progress('global.windows', 1, 1);
  ctx.throwIfCancelled();

  const levels = options.quantiles;
  const anchor = anchorIndex(levels);
  const { layout } = data;
  const train = toTensors(data.train, layout.width, layout.horizon);
  const validation = data.validation.count > 0 ? toTensors(data.validation, layout.width, layout.horizon) : null;
  // The tensors hold the windows now: the arrays (hundreds of MB at 100,000 series) are let go.
  data.train = data.validation = emptyWindowSet(0, 0, 0);
  const runs: MemberRun[] = [];
  const { work } = data;
  const memberOptions = { ...options, maxEpochs: work.epochs };
  const totalEpochs = work.members * work.epochs;
  const stop = safetyStop(started, options.maxTrainSeconds);
  try {
    for (let m = 0; m < work.members; m++) {
      const memberStart = performance.now();
      const run = await trainMember(train, validation, memberOptions, {
        seed: options.seed + 7919 * m,
        random: m === 0 ? random : seededRandom(options.seed + 7919 * m),
        stop,
        fullFirstEpoch: m === 0,
        anchor,
        layoutWidth: layout.width,
        ctx,
        onEpoch: (epoch) => ctx.progress('global.epoch', m * work.epochs + epoch, totalEpochs),
        meta: { trainedSeries, trainedWindows: train.count, layout },
      });
      run.seconds = (performance.now() - memberStart) / 1000;
      runs.push(run);
      // The safety stop fired: the members trained so far are the model, and the metrics say so.
      if (run.stoppedByTime) break;
      // A member that stopped early skips its remaining epochs: progress stays a share of the whole.
      if (m < work.members - 1) ctx.progress('global.epoch', (m + 1) * work.epochs, totalEpochs);
    }
    ctx.throwIfCancelled();
    const first = runs[0] as MemberRun;
    const artefact: GlobalModelArtefact = {
      ...first.artefact,
      weightData: concatBytes(runs.map((r) => r.artefact.weightData)),
      meta: { ...first.artefact.meta, members: runs.length },
    };
    const ensembleLoss = validation ? ensemblePinball(runs, validation, levels) : NaN;
    const metrics: TrainingMetrics = {
      seconds: elapsed(),
      epochs: runs.reduce((sum, r) => sum + r.epochs, 0),
      bestEpoch: first.bestEpoch,
      trainWindows: train.count,
      validationWindows: validation?.count ?? 0,
      trainLoss: runs.flatMap((r) => r.trainLoss),
      validationLoss: runs.flatMap((r) => r.validationLoss),
      bestValidationLoss: validation ? ensembleLoss : Math.min(...runs.flatMap((r) => r.validationLoss)),
      stoppedByTime: runs.some((r) => r.stoppedByTime),
      members: runs.length,
      planned: { windows: work.windows, epochs: work.epochs, members: work.members, seconds: work.seconds },
    };
    return { artefact, metrics };
  } finally {
    tf.dispose([train.x, train.y, train.meanCap, ...(validation ? [validation.x, validation.y, validation.meanCap] : [])]);
    runs.forEach((r) => r.validationQuantiles?.dispose());
  }
}

function toTensors(set: WindowSet, width: number, horizon: number): TensorSet {
  return {
    x: tf.tensor2d(set.x, [set.count, width]),
    y: tf.tensor2d(set.y, [set.count, horizon]),
    meanCap: tf.tensor2d(set.meanCap, [set.count, 1]),
    count: set.count,
  };
}

/** Members' weights back to back: every member has the same topology, so the same byte length. */
function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Validation loss of the members' averaged quantiles: what the stored ensemble forecasts. */
function ensemblePinball(runs: readonly MemberRun[], set: TensorSet, levels: number[]): number {
  return tf.tidy(() => {
    const parts = runs.map((r) => r.validationQuantiles as tf.Tensor2D);
    const mean = tf.div(tf.addN(parts), parts.length) as tf.Tensor2D;
    return pinballLoss(tf.reshape(set.y, [-1, 1]) as tf.Tensor2D, mean, levels).dataSync()[0] as number;
  });
}
