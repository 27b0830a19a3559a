import type { z } from 'zod';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { accuracyRowSchema } from '../../../shared/contract/schemas/forecast';
import type { ChannelOutput } from '../../../shared/contract/channels';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import type { LoadStatus } from '../../store/types';

export type AccuracyRow = z.infer<typeof accuracyRowSchema>;
export type ForecastGridFacts = ChannelOutput<'forecast:gridFacts'>;

export interface ForecastRunData {
  /** The run's series as a whole (the grid's rows stay in the core and come page by page). */
  facts: ForecastGridFacts | null;
  /** The whole run's backtest (`groupBy: 'all'`); null when nothing could be tested. */
  accuracy: AccuracyRow | null;
  status: LoadStatus;
  error: ApiErrorShape | null;
  reload(): void;
}

/**
 * What one run's page says besides its grid: the counts of its series and the overall accuracy.
 * Asked only once `ask` is true (the page passes "the grid's first rows are painted"): reading them
 * costs the core over a second of CPU at 50,000 SKUs, which would share the cores with those rows.
 * Until then they show as loading.
 */
export function useForecastRun(runId: number | null, ask: boolean): ForecastRunData {
  const loaded = useLoad(runId === null || !ask ? null : `run:${runId}`, async () => {
    const api = getApi().forecast;
    const id = runId ?? 0;
    const [facts, overall] = await Promise.all([api.gridFacts({ runId: id }), api.accuracy({ runId: id, groupBy: 'all' })]);
    return { runId: id, facts, accuracy: overall[0] ?? null };
  });
  // Another run's figures are never shown under this one while it loads.
  const current = loaded.value?.runId === runId ? loaded.value : null;
  return {
    facts: current?.facts ?? null,
    accuracy: current?.accuracy ?? null,
    status: runId !== null && !ask ? 'loading' : loaded.status,
    error: loaded.error,
    reload: loaded.reload,
  };
}
