import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 026: run actuals scores', () => {
  const tempDir = useTempDir();

  it('keeps one score row per run and one error row per run and bucket, gone with their run', () => {
    const file = path.join(tempDir(), 'w.supplydesk');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, file, migrations);
    const run = db
      .prepare(`INSERT INTO forecast_runs (frequency, horizon, quantile_levels, history_from, history_to, created_at) VALUES ('week', 4, '[0.1,0.9]', '2026-01-01', '2026-06-30', '2026-07-01') RETURNING id`)
      .pluck()
      .get() as number;
    db.prepare(`INSERT INTO forecast_run_actuals (run_id, scored_to, sales_version, catalogue, figures) VALUES (?, '2026-07-07', 1, '[]', 'null')`).run(run);
    expect(() => db.prepare(`INSERT INTO forecast_run_actuals (run_id, scored_to, sales_version, catalogue, figures) VALUES (?, '2026-07-07', 1, '[]', 'null')`).run(run)).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare(`INSERT INTO forecast_week_errors (run_id, bucket_date, error, actual, series, sales_version) VALUES (?, '2026-07-07', 1.5, 3, 2, 1)`).run(run);
    db.prepare('DELETE FROM forecast_runs WHERE id = ?').run(run);
    expect(db.prepare('SELECT count(*) FROM forecast_run_actuals').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM forecast_week_errors').pluck().get()).toBe(0);
    db.close();
  });
});
