import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
import type { LoadStatus } from '../../store/types';

export interface ForecastRuns {
  /** Newest first. */
  runs: ForecastRun[];
  status: LoadStatus;
  error: ApiErrorShape | null;
  reload(): void;
}

function newestFirst(runs: ForecastRun[]): ForecastRun[] {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/**
 * The workspace's forecast runs; reloaded when a forecast job finishes, and `onNewRun` is
 * told so the page can show the run that was just made.
 */
export function useForecastRuns(onNewRun: () => void): ForecastRuns {
  const [runs, setRuns] = useState<ForecastRun[]>([]);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let active = true;
    getApi()
      .forecast.runs()
      .then((list) => {
        if (!active) return;
        setRuns(newestFirst(list));
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
  }, [generation]);

  useEffect(
    () =>
      getApi().on('job:finished', (finished) => {
        if (finished.kind !== 'forecastRun' || finished.status !== 'done') return;
        onNewRun();
        reload();
      }),
    [onNewRun, reload],
  );

  return { runs, status, error, reload };
}
