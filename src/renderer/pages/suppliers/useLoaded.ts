import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import { toErrorShape } from '../../api/errors';
import type { LoadStatus } from '../../store/types';

export interface Loaded<T> {
  data: T | null;
  status: LoadStatus;
  error: ApiErrorShape | null;
  reload(): void;
}

/**
 * Runs `load` whenever it changes (memoise it with the inputs it depends on) and keeps the last
 * answer on screen while the next one loads, so changing the period does not blank the page.
 * A null `load` means nothing to load; a new `version` loads again (after a change elsewhere).
 */
export function useLoaded<T>(load: (() => Promise<T>) | null, version = 0): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [status, setStatus] = useState<LoadStatus>('idle');
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!load) {
      setData(null);
      setStatus('idle');
      return;
    }
    let active = true;
    setStatus('loading');
    load()
      .then((value) => {
        if (!active) return;
        setData(value);
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
  }, [load, generation, version]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, status, error, reload };
}
