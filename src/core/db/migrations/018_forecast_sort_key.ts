import type { Migration } from './types';

/**
 * The Forecasts grid opens sorted by money at stake (a series' forecast units × its price): kept
 * with the series when a run is written (forecasting/forecast-sort-key.ts) and indexed per run, so
 * the first page of 100,000 series is read from the index instead of sorting them all. Runs
 * written before this migration get theirs here, at the prices of today.
 */
export const migration018: Migration = {
  version: 18,
  name: 'forecast sort key',
  sql: `
ALTER TABLE forecast_series ADD COLUMN money_at_stake REAL;
UPDATE forecast_series
   SET money_at_stake = total_mean * coalesce((SELECT p.price FROM products p WHERE p.id = forecast_series.product_id), 0);
CREATE INDEX forecast_series_money ON forecast_series (run_id, money_at_stake DESC, product_id, location_id);
`,
};
