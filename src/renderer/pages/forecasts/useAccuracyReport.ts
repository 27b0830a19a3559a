import type { AccuracyGroup, ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { ActualsReport } from '../../../shared/contract/schemas/forecast-review';
import { getApi } from '../../api/backend';
import { useLoad, type Loaded } from '../../hooks/useLoad';
import { useLocale } from '../../i18n/hooks';
import type { AccuracyRow } from './useForecastRun';

export type AccuracySource = 'backtest' | 'actuals';
/** The report's groupings: the contract's, and the events of the calendar (against the sales since the run only). */
export type ReportGroup = AccuracyGroup | 'event';

export interface AccuracyReport {
  rows: AccuracyRow[];
  /** The whole run in one row; null when nothing could be scored. */
  overall: AccuracyRow | null;
  /** Scored periods and the overrides' effect; only when scored against sales since the run. */
  actuals: Omit<ActualsReport, 'rows' | 'events'> | null;
}

/** The accuracy of one run, by group, from its backtest or from the sales that came after it. */
export function useAccuracyReport(
  run: ForecastRun,
  source: AccuracySource,
  groupBy: ReportGroup,
  /** The row name of an event's figures (its name in the user's language). */
  eventName: (row: ActualsReport['events'][number]) => string,
): Loaded<AccuracyReport> {
  const api = getApi().forecast;
  // Event rows are named in the user's language: load them again when it changes.
  const locale = useLocale();
  return useLoad(`${run.id}:${source}:${groupBy}${groupBy === 'event' ? `:${locale}` : ''}`, async () => {
    if (groupBy === 'event') {
      const { rows: overall, events, ...actuals } = await api.actualsAccuracy({ runId: run.id, groupBy: 'all' });
      const rows = events.map((event) => {
        const { nameEn: _nameEn, nameZh: _nameZh, ...row } = event;
        return { ...row, key: eventName(event) };
      });
      return { rows, overall: overall[0] ?? null, actuals };
    }
    if (source === 'backtest') {
      const [rows, all] = await Promise.all([api.accuracy({ runId: run.id, groupBy }), api.accuracy({ runId: run.id, groupBy: 'all' })]);
      return { rows, overall: all[0] ?? null, actuals: null };
    }
    const [grouped, all] = await Promise.all([
      api.actualsAccuracy({ runId: run.id, groupBy }),
      api.actualsAccuracy({ runId: run.id, groupBy: 'all' }),
    ]);
    const { rows: _rows, events: _events, ...actuals } = all;
    return { rows: grouped.rows, overall: all.rows[0] ?? null, actuals };
  });
}
