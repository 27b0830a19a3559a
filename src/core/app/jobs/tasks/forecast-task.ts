/**
 * No job kind any more: the CSV path forecasts through forecasting/forecast-bucketed.ts. Only the
 * result type stays here while series/write-forecast-csv.ts (the file layer's) still imports it.
 */
export type { ForecastColumns as ForecastTaskResult } from '../../../forecasting/forecast-bucketed';
