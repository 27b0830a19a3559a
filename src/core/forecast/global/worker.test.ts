import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { forecastWithGlobalModel } from './predict';
import type { TrainingResult } from './train';

// The app trains in a job worker thread (the globalModel job: forecasting/global-training.ts calls
// trainGlobalModel there): start the wasm backend in a worker (sources loaded through tsx, as the
// job runner does from source) and use the artefact it posts back on this thread.
const trainUrl = new URL('./train.ts', import.meta.url).href;
const bootstrap = `
const { parentPort, workerData } = require('node:worker_threads');
import('tsx/esm/api')
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(trainUrl)}); })
  .then((train) => train.trainGlobalModel(workerData.series, workerData.options, { progress() {}, throwIfCancelled() {}, isCancelled: () => false }))
  .then((result) => parentPort.postMessage({ result }), (error) => parentPort.postMessage({ error: String(error) }));
`;

const series = Array.from({ length: 40 }, (_, s) => Float64Array.from({ length: 30 }, (_, t) => 10 + s + 5 * Math.sin(t / 2)));

describe('global model in a worker thread', () => {
  it('trains on the wasm backend in a worker and the artefact forecasts on another thread', async () => {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { series, options: { seasonLength: 1, horizon: 3, frequency: 'other', inputLength: 8, hiddenUnits: [8], maxEpochs: 2 } },
    });
    try {
      const message = await new Promise<{ result?: TrainingResult; error?: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(message.error).toBeUndefined();
      const artefact = (message.result as TrainingResult).artefact;
      expect(artefact.weightData).toBeInstanceOf(Uint8Array);
      const forecasts = await forecastWithGlobalModel(artefact, series);
      expect(forecasts).toHaveLength(40);
      expect(forecasts.every((f) => f.mean.length === 3 && f.mean.every(Number.isFinite))).toBe(true);
    } finally {
      await worker.terminate();
    }
  });
});
