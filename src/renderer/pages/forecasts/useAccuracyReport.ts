import type { AccuracyGroup, ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { ActualsReport } from '../../../shared/contract/schemas/forecast-review';
import { getApi } from '../../api/backend';
import { useLoad, type Loaded } from '../../hooks/useLoad';
import type { AccuracyRow } from './useForecastRun';

export type AccuracySource = 'backtest' | 'actuals';

export interface AccuracyReport {
  rows: AccuracyRow[];
  /** The whole run in one row; null when nothing could be scored. */
  overall: AccuracyRow | null;
  /** Scored periods and the overrides' effect; only when scored against sales since the run. */
  actuals: Omit<ActualsReport, 'rows'> | null;
}

/** The accuracy of one run, by group, from its backtest or from the sales that came after it. */
export function useAccuracyReport(run: ForecastRun, source: AccuracySource, groupBy: AccuracyGroup): Loaded<AccuracyReport> {
  const api = getApi().forecast;
  return useLoad(`${run.id}:${source}:${groupBy}`, async () => {
    if (source === 'backtest') {
      const [rows, all] = await Promise.all([api.accuracy({ runId: run.id, groupBy }), api.accuracy({ runId: run.id, groupBy: 'all' })]);
      return { rows, overall: all[0] ?? null, actuals: null };
    }
    const [grouped, all] = await Promise.all([
      api.actualsAccuracy({ runId: run.id, groupBy }),
      api.actualsAccuracy({ runId: run.id, groupBy: 'all' }),
    ]);
    const { rows: _rows, ...actuals } = all;
    return { rows: grouped.rows, overall: all.rows[0] ?? null, actuals };
  });
}
