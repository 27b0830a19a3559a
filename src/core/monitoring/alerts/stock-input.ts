import type { AlertInputs } from './types';

/**
 * The inputs with only the series whose stock is known (a snapshot was imported): a shortage
 * cannot be judged for stock nobody counted. The stale-stock alert names the series left out and
 * the import that supplies them, instead of one "stock-out" per SKU on an assumed zero.
 */
export function withStockSnapshot(inputs: AlertInputs): AlertInputs {
  const series = inputs.series.filter((s) => s.position.hasSnapshot);
  return series.length === inputs.series.length ? inputs : { ...inputs, series };
}
