import { useEffect } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { readForecastRuns } from '../../api/page-reads';
import { useLoad } from '../../hooks/useLoad';
import type { LoadStatus } from '../../store/types';

export interface ForecastRuns {
  /** Newest first. */
  runs: ForecastRun[];
  status: LoadStatus;
  error: ApiErrorShape | null;
  reload(): void;
}

/**
 * The workspace's forecast runs; reloaded when a forecast job finishes, and `onNewRun` is
 * told so the page can show the run that was just made.
 */
export function useForecastRuns(onNewRun: () => void): ForecastRuns {
  const loaded = useLoad('runs', readForecastRuns, 'forecastRun');
  const { reload } = loaded;
  useEffect(
    () =>
      getApi().on('job:finished', (finished) => {
        if (finished.status !== 'done') return;
        // A refresh makes a run too (incremental): list it and show it.
        if (finished.kind === 'refresh') reload();
        if (finished.kind === 'forecastRun' || finished.kind === 'refresh') onNewRun();
      }),
    [onNewRun, reload],
  );
  return { runs: loaded.value ?? [], status: loaded.status, error: loaded.error, reload: loaded.reload };
}
