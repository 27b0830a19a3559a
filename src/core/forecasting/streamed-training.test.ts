import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { demoWorkspace } from '../../../test/fixtures/forecasting-workspace';
import type * as TrainingData from '../forecast/global/training-data';
import { createInlineTaskContext } from '../ground/task-context';
import { openForecastConnection } from './connection';
import { combineRunWithGlobal } from './global-blend';
import { prepareRun, storeRun } from './run-forecast';
import { trainFromStream } from './streamed-training';
import { runWorkspaceStreamed } from './workspace-run';

// One member of one epoch: the first epoch always runs whole, so with no later one to cut short
// by the clock both trainings are the same computation, and the test stays short.
vi.mock('../forecast/global/training-data', async (importOriginal) => {
  const real = await importOriginal<typeof TrainingData>();
  return { ...real, resolveTrainingOptions: (o: Parameters<typeof real.resolveTrainingOptions>[0]) => ({ ...real.resolveTrainingOptions(o), maxEpochs: 1, ensembleSize: 1 }) };
});

/** Every stored figure of a run but its id, the run's settings, and the weights of the model it used. */
function stored(file: string, runId: number) {
  const db = new Database(file, { readonly: true });
  try {
    const series = db.prepare('SELECT * FROM forecast_series WHERE run_id = ? ORDER BY product_id, location_id').all(runId) as Record<string, unknown>[];
    const values = db.prepare('SELECT * FROM forecast_values WHERE run_id = ? ORDER BY product_id, location_id, bucket_date').raw().all(runId) as unknown[][];
    const run = db.prepare('SELECT settings FROM forecast_runs WHERE id = ?').get(runId) as { settings: string };
    const model = db.prepare("SELECT weight_data AS w, json_extract(meta, '$.info') AS info FROM model_artifacts ORDER BY id DESC LIMIT 1").get() as { w: Buffer; info: string };
    const { createdAt: _, seconds: __, ...info } = JSON.parse(model.info) as Record<string, unknown>;
    return {
      series: series.map(({ run_id: _r, ...rest }) => rest),
      values: values.map((row) => row.slice(1)),
      settings: JSON.parse(run.settings) as Record<string, unknown>,
      weights: model.w.toString('base64'),
      info,
    };
  } finally {
    db.close();
  }
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('a run that trains the global model from streamed passes', () => {
  const tempDir = useTempDir();
  const options = { frequency: 'week' as const, horizon: 26 };
  const global = { global: 'on' as const, maxTrainSeconds: 600 };

  /** Runs the demo whole and streamed with these bucket settings, checks both stored the same, and returns the model's stored info. */
  async function expectStreamedAsWhole(options: { frequency: 'week' | 'day'; horizon: number }, minSeries: number): Promise<Record<string, unknown>> {
    const dir = tempDir();
    const ws = demoWorkspace(dir, 40);
    ws.close();
    const copy = path.join(dir, 'streamed.supplydesk');
    copyFileSync(ws.path, copy);

    const whole = openForecastConnection(ws.path);
    let wholeRun: number;
    try {
      const ctx = createInlineTaskContext();
      const prepared = prepareRun(whole, options, ctx);
      const model = await combineRunWithGlobal(whole, prepared, global, ctx);
      expect(model?.trained).toBe(true);
      prepared.globalModel = model!;
      wholeRun = storeRun(whole, prepared, ctx).runId;
    } finally {
      whole.close();
    }

    const db = openForecastConnection(copy);
    try {
      const streamed = await runWorkspaceStreamed(db, options, createInlineTaskContext(), { spread: {}, global, sliceSize: 20 });
      expect(streamed?.globalModel).toMatchObject({ trained: true, reason: 'trained: no model for these buckets yet' });
      const before = stored(ws.path, wholeRun);
      const after = stored(copy, streamed!.summary.runId);
      expect(after.weights).toBe(before.weights);
      expect(after.info).toEqual(before.info);
      expect(after.settings).toEqual(before.settings);
      expect(after.series).toEqual(before.series);
      expect(after.values).toEqual(before.values);
      expect(before.series.length).toBeGreaterThan(minSeries);
      return before.info;
    } finally {
      db.close();
    }
  }

  it('trains the same model on the same windows and stores exactly what the whole run stores', async () => {
    await expectStreamedAsWhole(options, 60);
  }, 600_000);

  it('does the same for daily buckets, where flat forecasts take the shop\'s weekday shape', async () => {
    const info = await expectStreamedAsWhole({ frequency: 'day', horizon: 28 }, 60);
    expect((info.combination as { weekdayShape?: number }).weekdayShape).toBeGreaterThan(0);
  }, 600_000);

  it('writes the same windows from the series kept by its one read as from a second read of the history', async () => {
    const dir = tempDir();
    const ws = demoWorkspace(dir, 40);
    ws.close();
    const again = path.join(dir, 'read-twice.supplydesk');
    copyFileSync(ws.path, again);
    const model = async (file: string, keepBytes?: number) => {
      const db = openForecastConnection(file);
      try {
        const trained = await trainFromStream(db, options, global, createInlineTaskContext(), keepBytes);
        const row = db.prepare("SELECT weight_data AS w, json_extract(meta, '$.info') AS info FROM model_artifacts WHERE id = ?").get(trained!.id) as { w: Buffer; info: string };
        const { createdAt: _, seconds: __, ...info } = JSON.parse(row.info) as Record<string, unknown>;
        return { weights: row.w.toString('base64'), info };
      } finally {
        db.close();
      }
    };
    const once = await model(ws.path);
    const twice = await model(again, 0);
    expect(twice.weights).toBe(once.weights);
    expect(twice.info).toEqual(once.info);
    expect(once.info).toMatchObject({ planned: { members: 1, epochs: 1 } });
  }, 600_000);

  it('stores neither model nor run when cancelled while it reads the series for training', async () => {
    const ws = demoWorkspace(tempDir(), 40);
    ws.close();
    const db = openForecastConnection(ws.path);
    try {
      // Cancelled as the windows start being written.
      const ctx = createInlineTaskContext((step) => {
        if (step === 'global.windows') ctx.cancel();
      });
      await expect(runWorkspaceStreamed(db, options, ctx, { spread: {}, global })).rejects.toMatchObject({ code: 'job_cancelled' });
      expect(db.inTransaction).toBe(false);
    } finally {
      db.close();
    }
    expect(count(ws.path, 'model_artifacts')).toBe(0);
    expect(count(ws.path, 'forecast_runs')).toBe(0);
  }, 300_000);
});
