import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../test/helpers/temp-dir';
import { demoWorkspace } from '../../../../../test/fixtures/forecasting-workspace';
import { createInlineTaskContext } from '../../../ground/task-context';
import { forecastRunTask, type ForecastRunTaskInput } from './forecast-run-task';

const workerEntry = fileURLToPath(new URL('../worker-source-entry.mjs', import.meta.url));

/** Every stored figure of a run but its id, in key order. */
function storedRun(file: string, runId: number): { series: unknown[]; values: unknown[] } {
  const db = new Database(file, { readonly: true });
  try {
    const series = db.prepare('SELECT * FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id').all(runId) as Record<string, unknown>[];
    const values = db.prepare('SELECT * FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date').raw().all(runId) as unknown[][];
    return { series: series.map(({ run_id: _, ...rest }) => rest), values: values.map((row) => row.slice(1)) };
  } finally {
    db.close();
  }
}

describe('a workspace run spread over workers', () => {
  const tempDir = useTempDir();

  it('stores exactly what the run on one thread stores: the 300-SKU demo, the global model reused', async () => {
    const ws = demoWorkspace(tempDir(), 300);
    ws.close();
    const base: ForecastRunTaskInput = { path: ws.path, frequency: 'week', horizon: 26 };
    const trained = await forecastRunTask({ ...base, timeBudget: 2 }, createInlineTaskContext());
    expect(trained.globalModel?.trained).toBe(true);
    const single = await forecastRunTask(base, createInlineTaskContext());
    const spread = await forecastRunTask({ ...base, workerEntry, minSeriesPerWorker: 100 }, createInlineTaskContext());
    expect(spread.globalModel).toMatchObject({ id: trained.globalModel!.id, trained: false, blended: single.globalModel!.blended });
    const before = storedRun(ws.path, single.runId);
    const after = storedRun(ws.path, spread.runId);
    expect(before.values.length).toBe(single.series * 26);
    expect(after.series).toEqual(before.series);
    expect(after.values).toEqual(before.values);
  }, 300_000);
});
