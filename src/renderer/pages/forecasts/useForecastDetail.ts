import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { ForecastDetail, ForecastGridRow } from '../../../shared/contract/schemas/forecast';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';
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
  const [detail, setDetail] = useState<ForecastDetail | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const runId = series?.runId;
  const productId = series?.productId;
  const locationId = series?.locationId;

  const fetchDetail = useCallback(async () => {
    if (runId === undefined || productId === undefined || locationId === undefined) return null;
    return getApi().forecast.detail({ runId, productId, locationId });
  }, [runId, productId, locationId]);

  const shownKey = useRef<string | null>(null);

  useEffect(() => {
    let active = true;
    const key = `${runId}:${productId}:${locationId}`;
    // Another series starts blank; the same one fetched again keeps its chart until the new data is in.
    if (shownKey.current !== key) {
      shownKey.current = key;
      setDetail(null);
      setStatus('loading');
    }
    fetchDetail()
      .then((loaded) => {
        if (!active) return;
        setDetail(loaded);
        setStatus(loaded ? 'ready' : 'idle');
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
  }, [fetchDetail, runId, productId, locationId, version]);

  const refresh = useCallback(async () => {
    const loaded = await fetchDetail();
    if (!loaded) return;
    setDetail(loaded);
    onRow(loaded.row);
  }, [fetchDetail, onRow]);

  return { detail, status, error, refresh };
}
