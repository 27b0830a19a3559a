import { useEffect } from 'react';
import type { KeyFigures } from '../../../shared/contract/schemas/dashboard';
import { getApi } from '../../api/backend';
import { useLoad, type Loaded } from '../../hooks/useLoad';
import { useAppStore } from '../../store/app-store';

/**
 * The key figures of the open workspace: loaded per workspace, and again whenever a job finishes
 * (an import, a forecast, a plan: each may change them; the back end answers from its cache otherwise).
 */
export function useKeyFigures(): Loaded<KeyFigures> {
  const workspace = useAppStore((state) => state.workspace);
  const epoch = useAppStore((state) => state.workspaceEpoch);
  const loaded = useLoad<KeyFigures>(workspace ? `keyFigures:${epoch}` : null, () => getApi().dashboard.keyFigures());
  const { reload } = loaded;
  useEffect(
    () =>
      getApi().on('job:finished', (finished) => {
        if (finished.status === 'done') reload();
      }),
    [reload],
  );
  return loaded;
}
