import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { toErrorShape } from '../api/errors';
import type { LoadStatus } from '../store/types';

export interface ApiQuery<T> {
  data: T | null;
  status: LoadStatus;
  error: ApiErrorShape | null;
  reload(): void;
}

/**
 * One API read that follows its inputs: `load` runs again whenever `key` changes (and on reload);
 * a stale answer never replaces a newer one. A null `load` means "nothing to ask yet".
 */
export function useApiQuery<T>(key: string, load: (() => Promise<T>) | null): ApiQuery<T> {
  const [data, setData] = useState<T | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!load) return;
    let active = true;
    setStatus('loading');
    load()
      .then((value) => {
        if (!active) return;
        setData(value);
        setError(null);
        setStatus('ready');
      })
      .catch((reason: unknown) => {
        if (!active) return;
        setError(toErrorShape(reason));
        setStatus('error');
      });
    return () => {
      active = false;
    };
    // `load` is recreated on every render; `key` names what it asks for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation, load === null]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, status, error, reload };
}
