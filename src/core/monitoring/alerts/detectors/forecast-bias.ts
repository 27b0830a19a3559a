import type Database from 'better-sqlite3';
import { DEFAULT_HOLDING_RATE } from '../../../planning/build-plan';
import { seriesLookup } from './purchase-orders';
import { productEntity, round1, round2, seriesKeyOf, unitMargin, type AlertInputs, type Detection } from '../types';

/** Fewer actual units than this over the backtest periods is noise, not bias. */
export const MIN_BIAS_UNITS = 20;
/** Backtest periods needed before bias means anything. */
export const MIN_BIAS_PERIODS = 4;

/**
 * The newest forecast run's bias over its backtest periods (the last periods before the run:
 * (forecast − actual) ÷ actual, stored per series by forecasting) beyond ± the threshold.
 * Money, over the window an order answers (the lead time, at least a week), comparable with a
 * stock-out's: under-forecast — the margin of the demand the forecast misses over it (sales the plan
 * would not stock); over-forecast — the holding cost of the units it over-buys, carried a lead time more.
 */
export function detectForecastBias(db: Database.Database, inputs: AlertInputs): Detection[] {
  if (inputs.runId === null) return [];
  const limit = inputs.settings.biasPct / 100;
  const rows = db
    .prepare('SELECT product_id, location_id, bias, bt_points, bt_actual FROM forecast_series WHERE run_id = ? AND bias IS NOT NULL AND bt_points >= ? AND bt_actual >= ?')
    .raw(true)
    .all(inputs.runId, MIN_BIAS_PERIODS, MIN_BIAS_UNITS) as [number, number, number, number, number][];
  const seriesOf = seriesLookup(inputs);
  const out: Detection[] = [];
  for (const [productId, locationId, bias, periods, actual] of rows) {
    if (!(Math.abs(bias) > limit)) continue;
    const product = inputs.products.get(productId);
    if (!product) continue;
    const location = locationId === 0 ? 'ALL' : (inputs.locations.get(locationId) ?? String(locationId));
    const units = Math.abs(bias) * actual;
    const over = bias > 0;
    const series = seriesOf(productId, locationId);
    const windowDays = Math.max(7, series?.leadTimeDays ?? 7);
    // The units the forecast was off per day over its backtest, carried over the window ahead.
    const windowUnits = (units / (periods * (series?.bucketDays ?? 7))) * windowDays;
    const money = over ? windowUnits * product.unitCost * DEFAULT_HOLDING_RATE * (windowDays / 365) : windowUnits * unitMargin(product);
    out.push({
      kind: 'forecastBias',
      key: seriesKeyOf('forecastBias', product, { location }),
      entity: productEntity(product, { locationId, location }),
      money: round2(money),
      moneyMethod: over ? 'overForecastCost' : 'underForecastMargin',
      urgencyDays: null,
      facts: {
        biasPct: round1(bias * 100),
        thresholdPct: inputs.settings.biasPct,
        periods,
        actualUnits: round1(actual),
        forecastUnits: round1(actual * (1 + bias)),
        units: round1(units),
        windowDays,
        windowUnits: round1(windowUnits),
        unitCost: round2(product.unitCost),
        unitMargin: round2(unitMargin(product)),
      },
    });
  }
  return out;
}
