import { getApi, getBackend } from '../api/backend';
import { fetchTablePage } from '../api/table-pages';
import { toErrorShape } from '../api/errors';
import { isTableKey } from '../store/data-slice';
import { useAppStore } from '../store/app-store';
import { parseRoute, type Route } from '../hooks/route';
import { readForecastsAhead, readReplenishmentAhead } from '../api/page-reads';
import { dropReadsAhead } from '../api/reads-ahead';
import type { WorkspaceSummary } from '../../shared/contract/schemas/app';
import type { ChannelOutput } from '../../shared/contract/channels';

type JobList = ChannelOutput<'jobs:list'>;

/**
 * Start loading what a page shows as soon as it is known — at start-up, while the UI code loads,
 * and when the route enters another page, before React renders it: its code (a chunk of its own)
 * and its first reads (api/page-reads.ts) go out together instead of one after another. A route
 * within the page already shown (a SKU a link names) is left to that page: it has its reads.
 */
function preloadPage(route: Route, from: Route | null): void {
  if (route.page === from?.page) return;
  if (route.page === 'forecasts') {
    void import('../pages/forecasts/ForecastsPage').catch(() => undefined);
    // A SKU or another view opens with other reads, which the page asks for itself.
    if (route.sub === undefined || route.sub === 'series') readForecastsAhead();
  }
  if (route.page === 'replenishment') {
    void import('../pages/replenishment/ReplenishmentPage').catch(() => undefined);
    if (route.sub === undefined) readReplenishmentAhead();
  }
}

/** The core keeps a Data table's rows once read: ask for them once the workspace is known to be open. */
function preloadData(): void {
  if (!useAppStore.getState().workspace) return;
  const route = parseRoute(window.location.hash);
  if (route.page === 'data') void fetchTablePage(isTableKey(route.sub) ? route.sub : 'products', { offset: 0, limit: 1, sort: [], filter: {}, search: '' }).catch(() => undefined);
}

const applyWorkspace = (summary: WorkspaceSummary | null) => {
  useAppStore.getState().setWorkspace(summary);
  preloadData();
};
const applyJobs = (jobs: JobList) => useAppStore.getState().applyJobList(jobs);

/** Ask the back end for everything the shell shows; also used after a reconnect. */
async function loadState(): Promise<boolean> {
  const store = useAppStore.getState();
  const results = await Promise.allSettled([
    store.loadAppInfo(),
    store.loadSettings(),
    // Not `refreshWorkspace().then(…)`: the preload must go out before React re-renders for the new workspace.
    getApi().workspace.current().then(applyWorkspace),
    getApi().jobs.list().then(applyJobs),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  const current = useAppStore.getState();
  if (current.workspaceStatus === 'loading') current.setWorkspace(null);
  current.setStartupError(failed ? toErrorShape(failed.reason) : null);
  return failed === undefined;
}

/**
 * What an event can change in the shell (the workspace, the jobs), asked again once the event
 * stream first opens: an event sent before it opened was missed. App info and settings change
 * through no event, so they are not asked twice at start-up.
 */
async function loadEventState(): Promise<void> {
  await Promise.allSettled([getApi().workspace.current().then(applyWorkspace), getApi().jobs.list().then(applyJobs)]);
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

  // Not waiting for the event stream or the workspace: these reads change nothing, a page without
  // a workspace never takes them, and they are dropped when a job finishes or the workspace changes.
  let route = parseRoute(window.location.hash);
  preloadPage(route, null);
  window.addEventListener('hashchange', () => {
    const from = route;
    route = parseRoute(window.location.hash);
    preloadPage(route, from);
  });

  api.on('job:progress', (progress) => store().applyJobProgress(progress));
  api.on('job:finished', (finished) => {
    dropReadsAhead();
    store().applyJobFinished(finished);
    // Belt and braces: workspace:changed should follow, but do not depend on it.
    if (finished.status === 'done') void store().refreshWorkspace().catch(() => undefined);
  });
  api.on('workspace:changed', (summary) => {
    dropReadsAhead();
    store().setWorkspace(summary);
  });
  // The state is asked at once, beside opening the event stream: the page waits for the workspace,
  // and waiting for the stream first cost a round trip on a busy start. An event sent before the
  // stream was open could be missed, so what events change is asked again once it first opens
  // (after the first answers; all of it if they failed), and everything on a reconnect.
  const firstLoad = loadState();
  connection.subscribe((state, previous) => {
    store().setConnection(state);
    if (state !== 'open') return;
    if (previous === 'reconnecting') void loadState();
    if (previous === 'connecting') void firstLoad.then((loaded) => (loaded ? loadEventState() : loadState().then(() => undefined)));
  });
  store().setConnection(connection.current);
}
