import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../test/helpers/temp-dir';
import { createInlineTaskContext } from '../../../ground/task-context';
import { prepareRun, prepareRunParallel } from '../../../forecasting/run-forecast';
import { demoWorkspace } from '../../../../../test/fixtures/forecasting-workspace';
import { runOnWorker } from '../worker-chunk';
import { forecastChunksOnWorkers, sourceChunkWorkerEntry } from './forecast-chunk-task';

const workerEntry = fileURLToPath(new URL('../worker-source-entry.mjs', import.meta.url));

describe('parallel workspace runs', () => {
  const tempDir = useTempDir();

  it('gives exactly the forecasts of a run on one thread, in the same order', async () => {
    const ws = demoWorkspace(tempDir(), 400);
    const options = { frequency: 'week' as const, horizon: 8 };
    const single = prepareRun(ws.db, options, createInlineTaskContext());
    const steps: number[] = [];
    const parallel = await prepareRunParallel(
      ws.db,
      options,
      createInlineTaskContext((step, done) => step === 'forecast.series' && steps.push(done)),
      { runChunk: forecastChunksOnWorkers(workerEntry), workers: 2, minSeriesPerWorker: 100 },
    );
    expect(parallel.forecasts.map((f) => `${f.productId}:${f.locationId}:${f.method}`)).toEqual(
      single.forecasts.map((f) => `${f.productId}:${f.locationId}:${f.method}`),
    );
    parallel.forecasts.forEach((forecast, i) => expect(Array.from(forecast.mean)).toEqual(Array.from(single.forecasts[i]!.mean)));
    // The workers' progress adds up into the job's own (throttled, so not every step arrives).
    expect(steps.some((done) => done > 0 && done <= parallel.forecasts.length)).toBe(true);
    ws.close();
  }, 120_000);

  it('stops every worker when the job is cancelled', async () => {
    const ws = demoWorkspace(tempDir(), 400);
    const ctx = createInlineTaskContext();
    const running = prepareRunParallel(ws.db, { frequency: 'week', horizon: 8 }, ctx, { runChunk: forecastChunksOnWorkers(workerEntry), workers: 2, minSeriesPerWorker: 100 });
    setTimeout(() => ctx.cancel(), 300);
    await expect(running).rejects.toMatchObject({ code: 'job_cancelled' });
    ws.close();
  }, 120_000);

  it('runs the chunks in the lean chunk worker, which takes forecast chunks only', async () => {
    const hooks = { onProgress: () => {}, signal: new AbortController().signal };
    await expect(runOnWorker('demo', sourceChunkWorkerEntry)({}, hooks)).rejects.toMatchObject({
      message: 'The chunk worker runs forecast chunks, not demo',
    });
  }, 60_000);
});
