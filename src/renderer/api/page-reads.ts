import type { ForecastRun } from '../../shared/contract/schemas/forecast';
import type { GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { firstGridQuery } from '../grid/first-query';
import type { Route } from '../hooks/route';
import { getApi } from './backend';
import { prefetch, prefetchKey, takePrefetched } from './prefetch';

/**
 * The reads the Forecasts and Replenishment pages open with. Their components ask through these
 * functions; `prefetchPageReads` asks the same reads as soon as the page is known (start-up, a
 * click in the menu), all at once, so the answers are there when the components mount instead
 * of each request waiting for the one before it (runs → grid → page) and for the page's code.
 */

export const FORECAST_GRID_ID = 'forecasts';
export const PLAN_GRID_ID = 'plan';
/** The grids' own first order (their column definitions say the same; a test holds them together). */
export const FORECAST_DEFAULT_SORT: GridPageQuery['sort'] = [{ colId: 'moneyAtStake', sort: 'desc' }];
export const PLAN_DEFAULT_SORT: GridPageQuery['sort'] = [
  { colId: 'supplier', sort: 'asc' },
  { colId: 'value', sort: 'desc' },
];

function newestFirst(runs: ForecastRun[]): ForecastRun[] {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

type ForecastGridPageInput = Parameters<ReturnType<typeof getApi>['forecast']['gridPage']>[0];
type PlanLinePageInput = Parameters<ReturnType<typeof getApi>['planning']['linePage']>[0];

/** Newest first. */
export const readForecastRuns = () => takePrefetched(prefetchKey('forecast:runs'), () => getApi().forecast.runs()).then(newestFirst);
export const readForecastGridPage = (input: ForecastGridPageInput) =>
  takePrefetched(prefetchKey('forecast:gridPage', input), () => getApi().forecast.gridPage(input));
export const readForecastGridFacts = (runId: number) =>
  takePrefetched(prefetchKey('forecast:gridFacts', { runId }), () => getApi().forecast.gridFacts({ runId }));
export const readPlans = () => takePrefetched(prefetchKey('planning:plans'), () => getApi().planning.plans());
export const readPlanDrafts = (planId: number) =>
  takePrefetched(prefetchKey('planning:drafts', { planId }), () => getApi().planning.drafts({ planId }));
export const readPlanLinePage = (input: PlanLinePageInput) =>
  takePrefetched(prefetchKey('planning:linePage', input), () => getApi().planning.linePage(input));

/**
 * Asks for what the route's page shows first. Only the plain page: a route naming a SKU or
 * another view opens with other reads, which its components ask for themselves.
 */
export function prefetchPageReads(route: Route): void {
  if (route.page === 'forecasts' && (route.sub === undefined || route.sub === 'series')) prefetchForecasts();
  if (route.page === 'replenishment' && route.sub === undefined) prefetchReplenishment();
}

const quietly = (promise: Promise<unknown>) => void promise.catch(() => undefined);

function prefetchForecasts(): void {
  const api = getApi().forecast;
  const runs = prefetch(prefetchKey('forecast:runs'), () => api.runs());
  quietly(
    runs.then((list) => {
      const run = newestFirst(list)[0];
      if (!run) return;
      const page = { runId: run.id, ...firstGridQuery(FORECAST_GRID_ID, FORECAST_DEFAULT_SORT) };
      quietly(prefetch(prefetchKey('forecast:gridPage', page), () => api.gridPage(page)));
      quietly(prefetch(prefetchKey('forecast:gridFacts', { runId: run.id }), () => api.gridFacts({ runId: run.id })));
      // Not the run's accuracy: scoring a run the first time holds the server for seconds, and the
      // shell's own first calls would wait behind it. The page asks for it once it shows.
    }),
  );
}

function prefetchReplenishment(): void {
  const api = getApi();
  quietly(prefetch(prefetchKey('forecast:runs'), () => api.forecast.runs()));
  const plans = prefetch(prefetchKey('planning:plans'), () => api.planning.plans());
  quietly(
    plans.then((list) => {
      const plan = list[0];
      if (!plan) return;
      const page = { planId: plan.id, draft: null, ...firstGridQuery(PLAN_GRID_ID, PLAN_DEFAULT_SORT) };
      quietly(prefetch(prefetchKey('planning:linePage', page), () => api.planning.linePage(page)));
      quietly(prefetch(prefetchKey('planning:drafts', { planId: plan.id }), () => api.planning.drafts({ planId: plan.id })));
    }),
  );
}
