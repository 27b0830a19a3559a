import { useCallback } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { ForecastDetail, ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import type { LoadStatus } from '../../store/types';

export interface SeriesRef {
  runId: number;
  productId: number;
  locationId: number;
}

export interface ForecastDetailState {
  detail: ForecastDetail | null;
  status: LoadStatus;
  error: ApiErrorShape | null;
  /** Fetches the series again (after an override) and hands its new grid row to `onRow`. */
  refresh(): Promise<void>;
}

/** One series with its chart data; the grid row is kept in step with what the server recomputed. */
export function useForecastDetail(
  series: SeriesRef | null,
  onRow: (row: ForecastGridRow) => void,
  /** Bumped when the series changed elsewhere (an override typed in the grid): fetched again in place. */
  version = 0,
): ForecastDetailState {
  const runId = series?.runId;
  const productId = series?.productId;
  const locationId = series?.locationId;
  const key = series ? `${runId}:${productId}:${locationId}` : null;

  const fetchDetail = useCallback(async () => {
    if (runId === undefined || productId === undefined || locationId === undefined) return null;
    return getApi().forecast.detail({ runId, productId, locationId });
  }, [runId, productId, locationId]);

  // Each answer names its series: another series starts blank, the same one fetched again keeps its chart until the new data is in.
  const loaded = useLoad(key === null ? null : `${key}:${version}`, async () => ({ key, detail: await fetchDetail() }));
  const detail = loaded.value?.key === key ? loaded.value.detail : null;
  const { set } = loaded;

  const refresh = useCallback(async () => {
    const next = await fetchDetail();
    if (!next) return;
    set({ key, detail: next });
    onRow(next.row);
  }, [fetchDetail, onRow, set, key]);

  return { detail, status: loaded.status, error: loaded.error, refresh };
}
