import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { pruneRuns } from './retention';
import { emptyWorkspace } from '../../../test/fixtures/forecasting-workspace';

describe('run retention', () => {
  const tempDir = useTempDir();

  it('keeps the newest finished runs, any run a draft plan uses, and a run being written', () => {
    const ws = emptyWorkspace(tempDir());
    const { db } = ws;
    const addRun = db.prepare(
      `INSERT INTO forecast_runs (id, created_at, frequency, horizon, quantile_levels, history_from, history_to, status)
       VALUES (?, '2026-06-30T00:00:00Z', 'week', 8, '[0.5]', '2025-01-01', '2026-06-30', ?)`,
    );
    for (let id = 1; id <= 9; id++) addRun.run(id, id === 5 ? 'failed' : 'done');
    addRun.run(10, 'running');
    db.prepare(`INSERT INTO plans (created_at, plan_date, forecast_run_id, status) VALUES ('2026-06-30', '2026-06-30', 2, 'draft')`).run();
    db.prepare(`INSERT INTO plans (created_at, plan_date, forecast_run_id, status) VALUES ('2026-06-30', '2026-06-30', 1, 'approved')`).run();

    expect(pruneRuns(db, 3)).toEqual([1, 3, 4, 5, 6]);
    expect(db.prepare('SELECT id FROM forecast_runs ORDER BY id').pluck().all()).toEqual([2, 7, 8, 9, 10]);
    // The approved plan keeps its lines; it just no longer points at a run.
    expect(db.prepare('SELECT forecast_run_id FROM plans ORDER BY id').pluck().all()).toEqual([2, null]);
    expect(pruneRuns(db, 3)).toEqual([]);
    ws.close();
  });
});
