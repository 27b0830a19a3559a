import { useEffect } from 'react';
import { getApi, getBackend } from '../api/backend';
import { toErrorShape } from '../api/errors';
import { useAppStore } from '../store/app-store';

/** Ask the back end for everything the shell shows; also used after a reconnect. */
async function loadState(): Promise<void> {
  const store = useAppStore.getState();
  const results = await Promise.allSettled([
    store.loadAppInfo(),
    store.loadSettings(),
    store.refreshWorkspace(),
    getApi().jobs.list().then((jobs) => useAppStore.getState().applyJobList(jobs)),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  const current = useAppStore.getState();
  if (current.workspaceStatus === 'loading') current.setWorkspace(null);
  current.setStartupError(failed ? toErrorShape(failed.reason) : null);
}

/**
 * Keep the store in step with the back end: listen first, then load, so an event that
 * happens while loading (the demo job finishing) is not lost.
 */
export function useBackendSync(): void {
  useEffect(() => {
    const { api, connection } = getBackend();
    const store = useAppStore.getState;
    let active = true;

    const unsubscribes = [
      api.on('job:progress', (progress) => store().applyJobProgress(progress)),
      api.on('job:finished', (finished) => {
        store().applyJobFinished(finished);
        // Belt and braces: workspace:changed should follow, but do not depend on it.
        if (finished.status === 'done') void store().refreshWorkspace().catch(() => undefined);
      }),
      api.on('workspace:changed', (summary) => store().setWorkspace(summary)),
      connection.subscribe((state, previous) => {
        store().setConnection(state);
        if (state === 'open' && previous === 'reconnecting') void loadState();
      }),
    ];
    store().setConnection(connection.current);
    void connection.whenOpen(3000).then(() => {
      if (active) void loadState();
    });

    return () => {
      active = false;
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }, []);
}
