import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../ground/errors/app-error';
import { artefactFromColumns, artefactToColumns } from './artefact-columns';
import { initTensorflow } from './backend';
import { forecastWithGlobalModel } from './predict';
import { seededRandom } from '../../ground/random';
import { trainGlobalModel, type TrainingResult } from './train';
import type { TrainingOptions } from './types';

const H = 6;
const LAST_TRAIN_MONTH = '2023-06-01';

/** Monthly series sharing a calendar season (peak in December), different levels, 5% noise. */
function seasonalSeries(count: number, length: number): Float64Array[] {
  const u = seededRandom(11);
  return Array.from({ length: count }, () => {
    const level = 10 + 90 * u();
    // The last training month is June: index t is month (t + 6 − (length − H − 1)) mod 12.
    return Float64Array.from({ length }, (_, t) => {
      const month = (((t - (length - H - 1) + 5) % 12) + 12) % 12;
      const season = 1 + 0.6 * Math.cos((2 * Math.PI * (month - 11)) / 12);
      return Math.round(level * season * (1 + 0.05 * (u() * 2 - 1)));
    });
  });
}

const series = seasonalSeries(120, 60);
const history = series.map((y) => y.slice(0, y.length - H));
const actual = series.map((y) => y.slice(y.length - H));
const options: TrainingOptions = {
  seasonLength: 12,
  horizon: H,
  frequency: 'month',
  lastBucket: LAST_TRAIN_MONTH,
  inputLength: 24,
  hiddenUnits: [32],
  batchSize: 128,
  maxWindows: 4000,
  maxEpochs: 25,
  patience: 4,
  learningRate: 3e-3,
  seed: 5,
  ensembleSize: 2,
};
const quiet = { progress: () => {}, throwIfCancelled: () => {} };

function meanAbsoluteError(forecasts: ArrayLike<number>[]): number {
  let sum = 0;
  let n = 0;
  forecasts.forEach((f, i) => {
    const a = actual[i] as Float64Array;
    for (let h = 0; h < H; h++, n++) sum += Math.abs((a[h] as number) - (f[h] as number));
  });
  return sum / n;
}

let trained: TrainingResult;
const epochs: number[] = [];
const totals = new Set<number>();

beforeAll(async () => {
  await initTensorflow();
  const progress = (step: string, current: number, total: number): void => {
    if (step !== 'global.epoch') return;
    epochs.push(current);
    totals.add(total);
  };
  trained = await trainGlobalModel(history, options, { ...quiet, progress });
  // Two members of up to 25 epochs: minutes when the machine's cores are shared.
}, 600_000);

describe('trainGlobalModel', () => {
  it('learns the shared season: clearly better than the naive forecast on held-out months', async () => {
    const forecasts = await forecastWithGlobalModel(trained.artefact, history, { lastBucket: LAST_TRAIN_MONTH });
    const naive = history.map((y) => new Float64Array(H).fill(y[y.length - 1] as number));
    const globalError = meanAbsoluteError(forecasts.map((f) => f.mean));
    const naiveError = meanAbsoluteError(naive);
    expect(globalError).toBeLessThan(0.2 * naiveError);
    expect(trained.metrics.bestValidationLoss).toBeLessThan(trained.metrics.validationLoss[0] as number);
  });

  it('reports progress per epoch across the ensemble members and returns the metrics', () => {
    expect(trained.metrics.members).toBe(2);
    expect(trained.artefact.meta.members).toBe(2);
    // One report per epoch, plus one when the first member stops early; always moving forward.
    expect(epochs.length).toBeGreaterThanOrEqual(trained.metrics.epochs);
    for (let i = 1; i < epochs.length; i++) expect(epochs[i]).toBeGreaterThan(epochs[i - 1] as number);
    expect(totals).toEqual(new Set([2 * (options.maxEpochs as number)]));
    expect(trained.metrics.trainWindows).toBeGreaterThan(1000);
    expect(trained.metrics.validationWindows).toBe(60); // half the series: fewer than 500 usable
    expect(trained.artefact.meta.layout.calendarPerStep).toBe(2);
  });

  it('gives monotone, non-negative quantiles with the mean inside them', async () => {
    const forecasts = await forecastWithGlobalModel(trained.artefact, history, { lastBucket: LAST_TRAIN_MONTH });
    for (const f of forecasts) {
      const levels = ['p10', 'p50', 'p90', 'p95', 'p99'].map((k) => f.quantiles[k] as Float64Array);
      for (let h = 0; h < H; h++) {
        expect((levels[0] as Float64Array)[h]).toBeGreaterThanOrEqual(0);
        for (let j = 1; j < levels.length; j++) {
          expect((levels[j] as Float64Array)[h]).toBeGreaterThanOrEqual((levels[j - 1] as Float64Array)[h] as number);
        }
        expect(f.mean[h]).toBeGreaterThanOrEqual((levels[0] as Float64Array)[h] as number);
        expect(f.mean[h]).toBeLessThanOrEqual((levels[4] as Float64Array)[h] as number);
      }
    }
  });

  it('round-trips through the stored columns with identical predictions', async () => {
    const columns = artefactToColumns(trained.artefact);
    // A BLOB read back from SQLite may be a view into a larger buffer at an odd offset.
    const blob = new Uint8Array(columns.weightData.byteLength + 7);
    blob.set(columns.weightData, 3);
    const reloaded = artefactFromColumns({ ...columns, weightData: blob.subarray(3, 3 + columns.weightData.byteLength) });
    const before = await forecastWithGlobalModel(trained.artefact, history, { lastBucket: LAST_TRAIN_MONTH });
    const after = await forecastWithGlobalModel(reloaded, history, { lastBucket: LAST_TRAIN_MONTH });
    expect(after).toEqual(before);
  });

  it('loads a v1 model (one network, no events) and refuses a newer format with a message to retrain', async () => {
    const single = await trainGlobalModel(history, { ...options, maxEpochs: 1, ensembleSize: 1 }, quiet);
    const columns = artefactToColumns(single.artefact);
    const { members: _members, ...v1Meta } = { ...single.artefact.meta, version: 1 };
    const { eventKeys: _keys, yearBlocks: _blocks, ...v1Layout } = single.artefact.meta.layout;
    const v1 = artefactFromColumns({ ...columns, metaJson: JSON.stringify({ ...v1Meta, layout: v1Layout }) });
    const inputs = { lastBucket: LAST_TRAIN_MONTH };
    expect(await forecastWithGlobalModel(v1, history, inputs)).toEqual(await forecastWithGlobalModel(single.artefact, history, inputs));
    const v3 = { ...columns, metaJson: JSON.stringify({ ...single.artefact.meta, version: 3 }) };
    expect(() => artefactFromColumns(v3)).toThrow(/v3 .*train the global model again/);
  });

  it('is reproducible for a seed', async () => {
    const small = { ...options, maxEpochs: 2, ensembleSize: 1 };
    const a = await trainGlobalModel(history, small, quiet);
    const b = await trainGlobalModel(history, small, quiet);
    expect(Buffer.from(a.artefact.weightData).equals(Buffer.from(b.artefact.weightData))).toBe(true);
  });

  it('trains what was planned, not what the clock allows; a safety stop that fires says so', async () => {
    // 0.05 s of planned work: one network for one epoch, however long the budget.
    const small = await trainGlobalModel(history, { ...options, plannedSeconds: 0.05, maxTrainSeconds: 600 }, quiet);
    expect(small.metrics.planned).toMatchObject({ epochs: 1, members: 1 });
    expect(small.metrics).toMatchObject({ epochs: 1, members: 1, stoppedByTime: false });
    // A plan of many epochs with a stop that has passed: the first epoch completes, then it stops and says so.
    const stopped = await trainGlobalModel(history, { ...options, plannedSeconds: 10, maxTrainSeconds: 1e-6 }, quiet);
    expect(stopped.metrics.planned).toMatchObject({ epochs: options.maxEpochs, members: 2 });
    expect(stopped.metrics).toMatchObject({ epochs: 1, members: 1, stoppedByTime: true });
  });

  it('stops between batches when cancelled and leaves no tensors behind', async () => {
    const tensorsBefore = tf.memory().numTensors;
    let checks = 0;
    const ctx = {
      progress: () => {},
      throwIfCancelled: () => {
        if (++checks > 5) throw new AppError('job_cancelled', 'The job was cancelled');
      },
    };
    await expect(trainGlobalModel(history, options, ctx)).rejects.toMatchObject({ code: 'job_cancelled' });
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
