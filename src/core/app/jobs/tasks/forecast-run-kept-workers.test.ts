import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../test/helpers/temp-dir';
import { demoWorkspace } from '../../../../../test/fixtures/forecasting-workspace';
import { openForecastConnection } from '../../../forecasting/connection';
import { combineRunWithGlobal } from '../../../forecasting/global-blend';
import { prepareRun, storeRun } from '../../../forecasting/run-forecast';
import { streamWorkspaceRun } from '../../../forecasting/stream-run';
import { createInlineTaskContext } from '../../../ground/task-context';
import { KeptChunkWorkers } from '../chunk-stream';
import { keptWorkerSpread } from './forecast-chunk-task';
import { forecastRunTask } from './forecast-run-task';

const workerEntry = fileURLToPath(new URL('../worker-source-entry.mjs', import.meta.url));

/** Every stored value of a run, in key order, without the run's id. */
function storedValues(file: string, runId: number): unknown[][] {
  const db = new Database(file, { readonly: true });
  try {
    const series = db.prepare('SELECT * FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id').raw().all(runId) as unknown[][];
    const values = db.prepare('SELECT * FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date').raw().all(runId) as unknown[][];
    return [...series, ...values].map((row) => row.slice(1));
  } finally {
    db.close();
  }
}

describe('a streamed run on kept workers that also predict with the global model', () => {
  const tempDir = useTempDir();

  it('stores exactly what the whole run on one thread stores, slices overlapping on the workers', async () => {
    const ws = demoWorkspace(tempDir(), 200);
    ws.close();
    const options = { frequency: 'week' as const, horizon: 26 };
    await forecastRunTask({ path: ws.path, ...options, timeBudget: 1 }, createInlineTaskContext());

    const db = openForecastConnection(ws.path);
    const kept = new KeptChunkWorkers();
    try {
      const ctx = createInlineTaskContext();
      const prepared = prepareRun(db, options, ctx);
      prepared.globalModel = (await combineRunWithGlobal(db, prepared, { global: 'auto' }, ctx))!;
      const whole = storeRun(db, prepared, ctx);

      // Slices of 60 series: several in flight at once, the global model's shares on a worker.
      const spread = { ...keptWorkerSpread(workerEntry, kept), minSeriesPerWorker: 20 };
      const steps: number[] = [];
      const progress = createInlineTaskContext((step, done) => step === 'forecast.series' && steps.push(done));
      const streamed = await streamWorkspaceRun(db, options, progress, { spread, global: { global: 'auto', spread }, sliceSize: 60 });
      expect(streamed?.globalModel).toEqual(prepared.globalModel);
      expect(streamed!.summary.series).toBe(whole.series);
      expect(storedValues(ws.path, streamed!.summary.runId)).toEqual(storedValues(ws.path, whole.runId));
      // Progress only moves forward, though two slices are forecast at once.
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
    } finally {
      kept.close();
      db.close();
    }
  }, 300_000);
});
