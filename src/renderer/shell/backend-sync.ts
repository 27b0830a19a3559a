import { getApi, getBackend } from '../api/backend';
import { fetchTablePage } from '../api/table-pages';
import { prefetchPageReads } from '../api/page-reads';
import { dropPrefetched } from '../api/prefetch';
import { toErrorShape } from '../api/errors';
import { isTableKey } from '../store/data-slice';
import { useAppStore } from '../store/app-store';
import { parseRoute, type Route } from '../hooks/route';

/**
 * Start loading what a page shows as soon as it is known — at start-up, before the UI code has
 * loaded, and on every change of route, before React renders the page: its code (a chunk of its
 * own) and its first reads (api/page-reads.ts) go out together instead of one after another.
 */
function preloadPage(route: Route): void {
  if (route.page === 'forecasts') void import('../pages/forecasts/ForecastsPage').catch(() => undefined);
  if (route.page === 'replenishment') void import('../pages/replenishment/ReplenishmentPage').catch(() => undefined);
  prefetchPageReads(route);
}

/** The Data page's rows are kept by the core once read: ask for them once the workspace is open. */
function preloadData(): void {
  if (!useAppStore.getState().workspace) return;
  const route = parseRoute(window.location.hash);
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
        preloadData();
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

  // Not waiting for the event stream (the workspace is asked for once it is open, below): these
  // reads change nothing, and an answer is dropped when a job finishes or the workspace changes.
  preloadPage(parseRoute(window.location.hash));
  window.addEventListener('hashchange', () => preloadPage(parseRoute(window.location.hash)));

  api.on('job:progress', (progress) => store().applyJobProgress(progress));
  api.on('job:finished', (finished) => {
    dropPrefetched();
    store().applyJobFinished(finished);
    // Belt and braces: workspace:changed should follow, but do not depend on it.
    if (finished.status === 'done') void store().refreshWorkspace().catch(() => undefined);
  });
  api.on('workspace:changed', (summary) => {
    dropPrefetched();
    store().setWorkspace(summary);
  });
  connection.subscribe((state, previous) => {
    store().setConnection(state);
    if (state === 'open' && previous === 'reconnecting') void loadState();
  });
  store().setConnection(connection.current);
  void connection.whenOpen(3000).then(loadState);
}
