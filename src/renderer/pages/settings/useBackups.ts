import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { BackupList } from '../../../shared/contract/schemas/backup';
import { getApi } from '../../api/backend';
import { toErrorShape } from '../../api/errors';

export interface Backups {
  list: BackupList | null;
  error: ApiErrorShape | null;
  reload(): void;
}

/** The backups of the open workspace, or of `path` (a workspace that is not open); null lists nothing. */
export function useBackups(target: { path?: string } | null, openWorkspacePath: string | null): Backups {
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const targetPath = target?.path;
  const enabled = target !== null;

  useEffect(() => {
    if (!enabled) {
      setList(null);
      return;
    }
    let active = true;
    getApi()
      .backup.list(targetPath ? { path: targetPath } : {})
      .then((next) => {
        if (!active) return;
        setList(next);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (active) setError(toErrorShape(reason));
      });
    return () => {
      active = false;
    };
    // The open workspace changing (open, restore, save as) means a different list.
  }, [enabled, targetPath, openWorkspacePath, generation]);

  return { list, error, reload };
}
