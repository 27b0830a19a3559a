import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 018: the Forecasts grid sort key', () => {
  const tempDir = useTempDir();

  it('gives runs written before it their money at stake, and indexes it per run', () => {
    const file = path.join(tempDir(), 'w.supplydesk');
    const db = new Database(file);
    migrate(db, file, migrations.filter((m) => m.version < 18));
    db.exec(`INSERT INTO products (id, sku, name, price) VALUES (1, 'A', 'Shirt', 20), (2, 'B', 'Mug', NULL);`);
    const run = db
      .prepare(`INSERT INTO forecast_runs (frequency, horizon, quantile_levels, history_from, history_to, created_at) VALUES ('week', 4, '[0.1,0.9]', '2026-01-01', '2026-06-30', '2026-07-01') RETURNING id`)
      .pluck()
      .get() as number;
    const series = db.prepare(`INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class, total_mean) VALUES (?, ?, 0, 'ets', 'smooth', ?)`);
    series.run(run, 1, 3);
    series.run(run, 2, 5);
    migrate(db, file, migrations);
    expect(db.prepare('SELECT product_id AS product, money_at_stake AS money FROM forecast_series ORDER BY product_id').all()).toEqual([
      { product: 1, money: 60 },
      { product: 2, money: 0 },
    ]);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT product_id FROM forecast_series INDEXED BY forecast_series_money WHERE run_id = ? ORDER BY money_at_stake DESC').all(run) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).not.toMatch(/TEMP B-TREE/);
  });
});
