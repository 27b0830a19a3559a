import { useEffect } from 'react';
import type { WorkspaceInfo } from '../../shared/contract/schemas/app';
import { useAppStore } from '../store/app-store';
import type { LoadStatus } from '../store/types';

/** The open workspace's key figures (`workspace:info`), fetched once per workspace, once `ready`. */
export function useWorkspaceInfo(ready = true): { info: WorkspaceInfo | null; status: LoadStatus } {
  const info = useAppStore((state) => state.workspaceInfo);
  const status = useAppStore((state) => state.workspaceInfoStatus);
  const epoch = useAppStore((state) => state.workspaceEpoch);
  const load = useAppStore((state) => state.loadWorkspaceInfo);

  useEffect(() => {
    if (ready && useAppStore.getState().workspaceInfoStatus === 'idle') void load().catch(() => undefined);
  }, [epoch, load, ready]);

  return { info, status };
}
