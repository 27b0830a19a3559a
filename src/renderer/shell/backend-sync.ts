import { getApi, getBackend } from '../api/backend';
import { fetchTablePage } from '../api/table-pages';
import { toErrorShape } from '../api/errors';
import { isTableKey } from '../store/data-slice';
import { useAppStore } from '../store/app-store';
import { parseRoute } from '../hooks/route';

/**
 * Start loading what the current page shows as soon as the workspace is known to be open,
 * instead of after the shell and page have rendered. The core keeps a table's rows once read,
 * so the grid's own first page is then served from them.
 */
function preloadCurrentPage(): void {
  const store = useAppStore.getState();
  if (!store.workspace) return;
  const route = parseRoute(window.location.hash);
  // The page's own code is a chunk of its own: fetch it while the workspace answers, not after the shell rendered.
  if (route.page === 'forecasts') void import('../pages/forecasts/ForecastsPage').catch(() => undefined);
  if (route.page === 'replenishment') void import('../pages/replenishment/ReplenishmentPage').catch(() => undefined);
  if (route.page === 'data') void fetchTablePage(isTableKey(route.sub) ? route.sub : 'products', { offset: 0, limit: 1, sort: [], filter: {}, search: '' }).catch(() => undefined);
}

/** Ask the back end for everything the shell shows; also used after a reconnect. */
async function loadState(): Promise<void> {
  const store = useAppStore.getState();
  const results = await Promise.allSettled([
    store.loadAppInfo(),
    store.loadSettings(),
    // Not `refreshWorkspace().then(…)`: the preload must go out before React re-renders for the new workspace.
    getApi()
      .workspace.current()
      .then((summary) => {
        useAppStore.getState().setWorkspace(summary);
        preloadCurrentPage();
      }),
    getApi().jobs.list().then((jobs) => useAppStore.getState().applyJobList(jobs)),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  const current = useAppStore.getState();
  if (current.workspaceStatus === 'loading') current.setWorkspace(null);
  current.setStartupError(failed ? toErrorShape(failed.reason) : null);
}

let started = false;

/**
 * Keep the store in step with the back end for the life of the page: listen first, then load,
 * so an event that happens while loading (the demo job finishing) is not lost. Called once at
 * start-up, before the UI code has loaded, so the first calls overlap with loading it.
 */
export function startBackendSync(): void {
  if (started) return;
  started = true;
  const { api, connection } = getBackend();
  const store = useAppStore.getState;

  api.on('job:progress', (progress) => store().applyJobProgress(progress));
  api.on('job:finished', (finished) => {
    store().applyJobFinished(finished);
    // Belt and braces: workspace:changed should follow, but do not depend on it.
    if (finished.status === 'done') void store().refreshWorkspace().catch(() => undefined);
  });
  api.on('workspace:changed', (summary) => store().setWorkspace(summary));
  connection.subscribe((state, previous) => {
    store().setConnection(state);
    if (state === 'open' && previous === 'reconnecting') void loadState();
  });
  store().setConnection(connection.current);
  void connection.whenOpen(3000).then(loadState);
}
