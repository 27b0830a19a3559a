import { useCallback } from 'react';
import type { z } from 'zod';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { accuracyRowSchema, ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import type { LoadStatus } from '../../store/types';
import { seriesKey } from './series-key';

export type AccuracyRow = z.infer<typeof accuracyRowSchema>;

export interface ForecastRunData {
  rows: ForecastGridRow[] | null;
  /** The whole run's backtest (`groupBy: 'all'`); null when nothing could be tested. */
  accuracy: AccuracyRow | null;
  status: LoadStatus;
  error: ApiErrorShape | null;
  /** Puts a row the server recomputed (after an override) in place of the old one. */
  replaceRow(row: ForecastGridRow): void;
  reload(): void;
}

/** The grid rows and the overall accuracy of one run. */
export function useForecastRun(runId: number | null): ForecastRunData {
  const loaded = useLoad(runId === null ? null : `run:${runId}`, async () => {
    const api = getApi().forecast;
    const id = runId ?? 0;
    const [rows, overall] = await Promise.all([api.grid({ runId: id }), api.accuracy({ runId: id, groupBy: 'all' })]);
    return { runId: id, rows, accuracy: overall[0] ?? null };
  });
  const { set } = loaded;
  // Another run's rows are never shown under this one while it loads.
  const current = loaded.value?.runId === runId ? loaded.value : null;
  const replaceRow = useCallback(
    (row: ForecastGridRow) => {
      const key = seriesKey(row);
      set((value) => value && { ...value, rows: value.rows.map((old) => (seriesKey(old) === key ? row : old)) });
    },
    [set],
  );
  return {
    rows: current?.rows ?? null,
    accuracy: current?.accuracy ?? null,
    status: loaded.status,
    error: loaded.error,
    replaceRow,
    reload: loaded.reload,
  };
}
