import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { accuracyRowSchema, ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
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
  const [rows, setRows] = useState<ForecastGridRow[] | null>(null);
  const [accuracy, setAccuracy] = useState<AccuracyRow | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (runId === null) return;
    let active = true;
    setStatus('loading');
    setRows(null);
    const api = getApi().forecast;
    Promise.all([api.grid({ runId }), api.accuracy({ runId, groupBy: 'all' })])
      .then(([grid, overall]) => {
        if (!active) return;
        setRows(grid);
        setAccuracy(overall[0] ?? null);
        setStatus('ready');
        setError(null);
      })
      .catch((reason: unknown) => {
        if (!active) return;
        setStatus('error');
        setError(toErrorShape(reason));
      });
    return () => {
      active = false;
    };
  }, [runId, generation]);

  const replaceRow = useCallback((row: ForecastGridRow) => {
    const key = seriesKey(row);
    setRows((current) => current?.map((old) => (seriesKey(old) === key ? row : old)) ?? current);
  }, []);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  return { rows, accuracy, status, error, replaceRow, reload };
}
