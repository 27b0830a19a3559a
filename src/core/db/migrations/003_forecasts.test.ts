import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { migrate } from '../migrate';
import { migration001 } from './001_initial';
import { migration002 } from './002_import';
import { migration003 } from './003_forecasts';

describe('migration 003: forecasts', () => {
  const tempDir = useTempDir();

  function migratedDb() {
    const db = new Database(path.join(tempDir(), 'w.supplydesk'));
    db.pragma('foreign_keys = ON');
    migrate(db, 'w.supplydesk', [migration001, migration002, migration003]);
    db.prepare("INSERT INTO products (sku, name) VALUES ('A-1', 'Shirt')").run();
    db.prepare("INSERT INTO locations (code, name) VALUES ('WH', 'Warehouse')").run();
    return db;
  }

  function insertRun(db: Database.Database): number {
    return Number(
      db
        .prepare(
          `INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, history_from, history_to)
           VALUES ('2026-07-01T00:00:00Z', 'week', 2, '[0.1,0.5,0.9,0.95,0.99]', '2024-07-01', '2026-06-30')`,
        )
        .run().lastInsertRowid,
    );
  }

  function insertValue(db: Database.Database, runId: number, date: string, p10 = 1, p50 = 2) {
    db.prepare(
      `INSERT INTO forecast_values (run_id, product_id, location_id, bucket_date, mean, p10, p50, p90, p95, p99, variance, cum_variance)
       VALUES (?, 1, 1, ?, 2, ?, ?, 4, 5, 7, 1, 1)`,
    ).run(runId, date, p10, p50);
  }

  it('adds six STRICT tables and records version 3', () => {
    const db = migratedDb();
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN ('forecast_runs', 'forecast_series', 'forecast_values', 'forecast_overrides', 'launch_plans', 'model_artifacts') ORDER BY name")
      .all() as { name: string; sql: string }[];
    expect(tables).toHaveLength(6);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT/);
    expect(tables.find((t) => t.name === 'forecast_values')!.sql).toMatch(/WITHOUT ROWID/);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('cascades a deleted run to its series and values', () => {
    const db = migratedDb();
    const runId = insertRun(db);
    db.prepare("INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class) VALUES (?, 1, 1, 'ses', 'smooth')").run(runId);
    insertValue(db, runId, '2026-07-07');
    insertValue(db, runId, '2026-07-14');
    expect(() => insertValue(db, runId, '2026-07-07')).toThrow(/UNIQUE|PRIMARY KEY/);
    db.prepare('DELETE FROM forecast_runs WHERE id = ?').run(runId);
    expect(db.prepare('SELECT count(*) FROM forecast_series').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM forecast_values').pluck().get()).toBe(0);
  });

  it('refuses values without a series, unordered quantiles and bad enums', () => {
    const db = migratedDb();
    const runId = insertRun(db);
    expect(() => insertValue(db, runId, '2026-07-07')).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO forecast_series (run_id, product_id, location_id, method, demand_class) VALUES (?, 1, 1, 'ses', 'smooth')").run(runId);
    expect(() => insertValue(db, runId, '2026-07-07', 3, 2)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO forecast_runs (created_at, frequency, horizon, quantile_levels, history_from, history_to) VALUES ('x', 'year', 1, '[]', 'a', 'b')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE forecast_series SET family = 'poisson'").run()).toThrow(/CHECK/);
  });

  it('checks overrides: a reason, a unit for set values, no cut below −100%', () => {
    const db = migratedDb();
    const insert = db.prepare(
      `INSERT INTO forecast_overrides (product_id, location_id, from_date, to_date, kind, value, value_per, reason, created_at)
       VALUES (1, NULL, '2026-07-01', ?, ?, ?, ?, ?, 'now')`,
    );
    insert.run('2026-07-31', 'set', 50, 'week', 'trade show');
    insert.run('2026-07-31', 'percent', -20, null, 'competitor promo');
    expect(() => insert.run('2026-07-31', 'set', 50, 'week', '  ')).toThrow(/CHECK/);
    expect(() => insert.run('2026-07-31', 'set', 50, null, 'no unit')).toThrow(/CHECK/);
    expect(() => insert.run('2026-07-31', 'percent', -150, null, 'too much')).toThrow(/CHECK/);
    expect(() => insert.run('2026-06-01', 'set', 5, 'day', 'backwards')).toThrow(/CHECK/);
  });

  it('keeps one launch plan per SKU and location, and stores model weights as a blob', () => {
    const db = migratedDb();
    const plan = db.prepare(
      "INSERT INTO launch_plans (product_id, location_id, weeks, units_per_week, total_units, created_at) VALUES (1, ?, 8, ?, ?, 'now')",
    );
    plan.run(null, 20, null);
    expect(() => plan.run(null, 30, null)).toThrow(/UNIQUE/);
    plan.run(1, 10, null);
    expect(() => plan.run(null, 10, 100)).toThrow(/CHECK|UNIQUE/);
    const weights = Buffer.from(new Float32Array([1.5, -2]).buffer);
    db.prepare("INSERT INTO model_artifacts (kind, created_at, topology, weight_specs, weight_data) VALUES ('global', 'now', '{}', '[]', ?)").run(weights);
    const stored = db.prepare('SELECT weight_data FROM model_artifacts').pluck().get() as Buffer;
    expect([...new Float32Array(stored.buffer, stored.byteOffset, 2)]).toEqual([1.5, -2]);
  });
});
