import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { ApiErrorShape } from '../../shared/contract/errors';
import { getApi } from '../api/backend';
import { toErrorShape } from '../api/errors';
import type { JobKind } from '../../shared/contract/schemas/app';
import type { LoadStatus } from '../store/types';

export interface Loaded<T> {
  value: T | null;
  status: LoadStatus;
  error: ApiErrorShape | null;
  reload(): void;
  /** Replace the value locally (after an edit the back end confirmed). */
  set: Dispatch<SetStateAction<T | null>>;
}

/**
 * One API read: loaded when `key` changes (null = nothing to load), reloaded on demand and when a
 * job of `refreshOn` finishes. A late answer for an older key is dropped.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>, refreshOn?: JobKind): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [status, setStatus] = useState<LoadStatus>(key === null ? 'idle' : 'loading');
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    if (key === null) {
      setValue(null);
      setStatus('idle');
      return;
    }
    let active = true;
    setStatus('loading');
    load()
      .then((next) => {
        if (!active) return;
        setValue(next);
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
    // `load` is keyed by `key`: a new closure with the same key must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  useEffect(() => {
    if (!refreshOn) return;
    return getApi().on('job:finished', (finished) => {
      if (finished.kind === refreshOn && finished.status === 'done') reload();
    });
  }, [refreshOn, reload]);

  return { value, status, error, reload, set: setValue };
}
