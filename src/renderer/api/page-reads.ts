import type { ForecastRun } from '../../shared/contract/schemas/forecast';
import type { GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import type { ChannelOutput } from '../../shared/contract/channels';
import { firstGridQuery } from '../grid/first-query';
import { getApi } from './backend';
import { readAhead, takeReadAhead } from './reads-ahead';

/**
 * The reads the Forecasts and Replenishment pages open with. Their components read through these
 * functions, and `readForecastsAhead` / `readReplenishmentAhead` ask the same reads as soon as the
 * page is known, so the answers are on their way while the page's code loads and renders.
 */

export const FORECAST_GRID_ID = 'forecasts';
export const PLAN_GRID_ID = 'plan';
/** The grids' own first order (their column definitions say the same; a test holds them together). */
export const FORECAST_DEFAULT_SORT: GridPageQuery['sort'] = [{ colId: 'moneyAtStake', sort: 'desc' }];
export const PLAN_DEFAULT_SORT: GridPageQuery['sort'] = [
  { colId: 'supplier', sort: 'asc' },
  { colId: 'value', sort: 'desc' },
];

type ForecastGridRow = ChannelOutput<'forecast:gridPage'>['rows'][number];
type PlanLineRow = ChannelOutput<'planning:linePage'>['rows'][number];
type PlanList = ChannelOutput<'planning:plans'>;
type DraftKey = { supplierId: number; locationId: number };

/** Only a grid's first page with no search or filter is asked ahead: its key, else null. */
function firstPageKey(channel: string, owner: number, query: GridPageQuery): string | null {
  if (query.offset !== 0 || query.search !== '' || Object.keys(query.filter).length > 0) return null;
  return `${channel} ${owner} ${query.limit} ${query.sort.map(({ colId, sort }) => `${colId}:${sort}`).join(',')}`;
}

/** Newest first. */
function newestFirst(runs: readonly ForecastRun[]): ForecastRun[] {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

const forecastRuns = () => getApi().forecast.runs();
const plans = () => getApi().planning.plans();

export const readForecastRuns = (): Promise<ForecastRun[]> => takeReadAhead('forecast:runs', forecastRuns).then(newestFirst);

const forecastPage = (runId: number, query: GridPageQuery) => () => getApi().forecast.gridPage({ runId, ...query });
const planLinePage = (planId: number, draft: DraftKey | null, query: GridPageQuery) => () => getApi().planning.linePage({ planId, draft, ...query });

export function readForecastGridPage(runId: number, query: GridPageQuery): Promise<GridPage<ForecastGridRow>> {
  const read = forecastPage(runId, query);
  const key = firstPageKey('forecast:gridPage', runId, query);
  return key === null ? read() : takeReadAhead(key, read);
}

export const readPlans = (): Promise<PlanList> => takeReadAhead('planning:plans', plans);

/** A page of a plan's lines, of one draft (a supplier at a location) or of all (`draft` null). */
export function readPlanLinePage(planId: number, draft: DraftKey | null, query: GridPageQuery): Promise<GridPage<PlanLineRow>> {
  const read = planLinePage(planId, draft, query);
  const key = draft === null ? firstPageKey('planning:linePage', planId, query) : null;
  return key === null ? read() : takeReadAhead(key, read);
}

const quietly = (answer: Promise<unknown>) => void answer.catch(() => undefined);

/** The Forecasts page's runs, then the newest run's first grid page. */
export function readForecastsAhead(): void {
  quietly(
    readAhead('forecast:runs', forecastRuns).then((list) => {
      const run = newestFirst(list)[0];
      if (!run) return;
      const query = firstGridQuery(FORECAST_GRID_ID, FORECAST_DEFAULT_SORT);
      const key = firstPageKey('forecast:gridPage', run.id, query);
      if (key !== null) quietly(readAhead(key, forecastPage(run.id, query)));
    }),
  );
}

/** The Replenishment page's plans and runs, then the newest plan's first page of lines. */
export function readReplenishmentAhead(): void {
  quietly(readAhead('forecast:runs', forecastRuns));
  quietly(
    readAhead('planning:plans', plans).then((list) => {
      const plan = list[0];
      if (!plan) return;
      const query = firstGridQuery(PLAN_GRID_ID, PLAN_DEFAULT_SORT);
      const key = firstPageKey('planning:linePage', plan.id, query);
      if (key !== null) quietly(readAhead(key, planLinePage(plan.id, null, query)));
    }),
  );
}
