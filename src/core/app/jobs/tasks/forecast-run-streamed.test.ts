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
import { forecastChunksOnWorkers } from './forecast-chunk-task';
import { forecastRunTask } from './forecast-run-task';

const workerEntry = fileURLToPath(new URL('../worker-source-entry.mjs', import.meta.url));

/** Every stored figure of a run but its id, in key order, and the run's settings. */
function storedRun(file: string, runId: number): { series: unknown[]; values: unknown[]; settings: unknown; count: number } {
  const db = new Database(file, { readonly: true });
  try {
    const series = db.prepare('SELECT * FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id').all(runId) as Record<string, unknown>[];
    const values = db.prepare('SELECT * FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date').raw().all(runId) as unknown[][];
    const run = db.prepare('SELECT settings, series_count FROM forecast_runs WHERE id = ?').get(runId) as { settings: string; series_count: number };
    return { series: series.map(({ run_id: _, ...rest }) => rest), values: values.map((row) => row.slice(1)), settings: JSON.parse(run.settings), count: run.series_count };
  } finally {
    db.close();
  }
}

const runCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM forecast_runs').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('a workspace run streamed slice by slice', () => {
  const tempDir = useTempDir();

  it('stores exactly what the whole run stores: the 300-SKU demo, the global model reused, cut into slices over workers', async () => {
    const ws = demoWorkspace(tempDir(), 300);
    ws.close();
    const options = { frequency: 'week' as const, horizon: 26 };
    const trained = await forecastRunTask({ path: ws.path, ...options, timeBudget: 2 }, createInlineTaskContext());
    expect(trained.globalModel?.trained).toBe(true);

    const db = openForecastConnection(ws.path);
    try {
      // The whole run, every series in memory: what the run did before it was streamed.
      const ctx = createInlineTaskContext();
      const prepared = prepareRun(db, options, ctx);
      const wholeModel = await combineRunWithGlobal(db, prepared, { global: 'auto' }, ctx);
      prepared.globalModel = wholeModel!;
      const whole = storeRun(db, prepared, ctx);
      expect(wholeModel).toMatchObject({ id: trained.globalModel!.id, trained: false });

      // Slices of 100 series (six of them), each spread over the same two workers.
      const kept = new KeptChunkWorkers();
      const spread = { runChunk: forecastChunksOnWorkers(workerEntry, kept), minSeriesPerWorker: 40 };
      const streamed = await streamWorkspaceRun(db, options, createInlineTaskContext(), { spread, global: { global: 'auto', spread }, sliceSize: 100 }).finally(() => kept.close());
      expect(streamed).not.toBeNull();
      expect(streamed!.globalModel).toEqual(wholeModel);
      const { runId, seconds: _, ...summary } = streamed!.summary;
      const { runId: __, seconds: ___, ...wholeSummary } = whole;
      expect(summary).toEqual(wholeSummary);

      const before = storedRun(ws.path, whole.runId);
      const after = storedRun(ws.path, runId);
      expect(whole.series).toBeGreaterThan(500);
      expect(before.values.length).toBe(whole.series * 26);
      expect(after.count).toBe(before.count);
      expect(after.settings).toEqual(before.settings);
      expect(after.series).toEqual(before.series);
      expect(after.values).toEqual(before.values);
    } finally {
      db.close();
    }
  }, 300_000);

  it('leaves nothing when cancelled between slices, and gives way to the whole run when the model must be trained', async () => {
    const ws = demoWorkspace(tempDir(), 120);
    ws.close();
    const options = { frequency: 'week' as const, horizon: 26 };
    const db = openForecastConnection(ws.path);
    try {
      // No stored model yet: `auto` trains, which needs every series at once.
      expect(await streamWorkspaceRun(db, options, createInlineTaskContext(), { spread: {}, global: { global: 'auto' } })).toBeNull();
      expect(runCount(ws.path)).toBe(0);
      await forecastRunTask({ path: ws.path, ...options, timeBudget: 1 }, createInlineTaskContext());
      expect(runCount(ws.path)).toBe(1);

      const ctx = createInlineTaskContext((step, current) => {
        if (step === 'forecast.series' && current > 0) ctx.cancel();
      });
      await expect(streamWorkspaceRun(db, options, ctx, { spread: {}, global: { global: 'auto' }, sliceSize: 50 })).rejects.toMatchObject({ code: 'job_cancelled' });
      expect(db.inTransaction).toBe(false);
      expect(runCount(ws.path)).toBe(1);
    } finally {
      db.close();
    }
  }, 300_000);
});
