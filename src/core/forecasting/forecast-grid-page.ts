import type Database from 'better-sqlite3';
import type { ForecastGridRow } from '../../shared/contract/schemas/forecast';
import type { GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { gridCounts, gridPage, type CountsMemo, type GridSource } from '../db/grid-page';
import { NEXT_BUCKETS, nextDates, overriddenSeries } from './forecast-grid';
import { hasForecastSortKeys } from './forecast-sort-key';
import { YEAR_BUCKETS } from './pooled-season';
import type { Frequency } from './types';

/** A row as SQL gives it: the next buckets as columns, booleans as 0/1. */
interface SqlRow extends Omit<ForecastGridRow, 'coldStart' | 'shortHistory' | 'next' | 'overridden'> {
  coldStart: number;
  flags: string;
  moneyKey: number | null;
  price: number | null;
  next1: number | null;
  next2: number | null;
  next3: number | null;
  next4: number | null;
}

const NEXT_COLUMNS = Array.from({ length: NEXT_BUCKETS }, (_, i) => `next${i + 1}`);

const text = (sql: string) => ({ sql, kind: 'text' as const });
const number = (sql: string) => ({ sql, kind: 'number' as const });

/**
 * The flags column's codes: an active override touching the run's buckets, a cold start (from
 * analogues), both, or neither (''). The grid shows them as words and filters by the words.
 */
export const FORECAST_FLAG_CODES = ['', 'coldStart', 'overridden', 'overridden coldStart'] as const;

/** The Forecasts grid's columns as SQL (column ids are the grid's). */
const COLUMNS = {
  sku: text('sku'),
  name: text('name'),
  brand: text('brand'),
  category: text('category'),
  supplier: text('supplier'),
  location: text('location'),
  demandClass: text('demandClass'),
  method: text('method'),
  totalUnits: number('totalUnits'),
  moneyAtStake: number('moneyAtStake'),
  mase: number('mase'),
  snaiveMase: number('snaiveMase'),
  wape: number('wape'),
  bias: number('bias'),
  coverage: number('coverage'),
  historyBuckets: number('historyBuckets'),
  coldStart: number('coldStart'),
  flags: text('flags'),
  ...Object.fromEntries(NEXT_COLUMNS.map((id) => [id, number(id)])),
};

/**
 * The flags as one code: computed only when a query sorts or filters by them (otherwise SQLite
 * would look up every series' overrides before sorting); the rows' own flags come from the overrides.
 */
const FLAGS_SQL = `CASE 2 * EXISTS (SELECT 1 FROM forecast_overrides o
                                WHERE o.active = 1 AND o.product_id = s.product_id AND (o.location_id IS NULL OR o.location_id = s.location_id)
                                  AND o.from_date <= :lastBucket AND o.to_date >= :firstBucket)
                   + (s.analogues IS NOT NULL)
                WHEN 3 THEN 'overridden coldStart' WHEN 2 THEN 'overridden' WHEN 1 THEN 'coldStart' ELSE '' END`;

/** A run whose series keep their money at stake (migration 018) sorts and filters by it, read from the index. */
const KEYED_COLUMNS = { ...COLUMNS, moneyAtStake: number('moneyKey') };

/**
 * The run's series as one SELECT. The next buckets are joined only when the query sorts or filters
 * by them (each join is a lookup per series: a quarter of a second per 20,000); otherwise they are
 * read for the page's rows alone.
 */
function source(runId: number, dates: readonly string[], span: BucketSpan, joinNext: boolean, keyed: boolean, byMoney: boolean, joinFlags: boolean): GridSource {
  const nextJoins = (joinNext ? NEXT_COLUMNS : []).map(
    (id, i) =>
      `LEFT JOIN forecast_values ${id} ON ${id}.run_id = s.run_id AND ${id}.product_id = s.product_id AND ${id}.location_id = s.location_id AND ${id}.bucket_date = :d${i}`,
  );
  return {
    select: `SELECT s.product_id AS productId, s.location_id AS locationId, p.sku, p.name, p.brand, p.category,
              (SELECT sup.name FROM supplier_terms t JOIN suppliers sup ON sup.id = t.supplier_id
                WHERE t.product_id = p.id ORDER BY t.is_primary DESC, t.id LIMIT 1) AS supplier,
              coalesce(l.code, 'ALL') AS location, s.demand_class AS demandClass, s.method,
              s.analogues IS NOT NULL AS coldStart, s.history_buckets AS historyBuckets, s.mase, s.snaive_mase AS snaiveMase, s.wape, s.bias,
              s.coverage, s.total_mean AS totalUnits, coalesce(s.money_at_stake, s.total_mean * coalesce(p.price, 0)) AS moneyAtStake,
              s.money_at_stake AS moneyKey, p.price,
              ${joinFlags ? FLAGS_SQL : "''"} AS flags,
              ${NEXT_COLUMNS.map((id) => (joinNext ? `${id}.mean AS ${id}` : `NULL AS ${id}`)).join(', ')}
         FROM forecast_series s ${byMoney ? 'INDEXED BY forecast_series_money' : ''}
         JOIN products p ON p.id = s.product_id
         LEFT JOIN locations l ON l.id = s.location_id
         ${nextJoins.join('\n         ')}
        WHERE s.run_id = :runId`,
    params: { runId, ...(joinFlags ? { firstBucket: span.first, lastBucket: span.last } : {}), ...(joinNext ? Object.fromEntries(NEXT_COLUMNS.map((_, i) => [`d${i}`, dates[i] ?? null])) : {}) },
    columns: keyed ? KEYED_COLUMNS : COLUMNS,
    search: ['sku', 'name', 'brand', 'category', 'supplier', 'location', 'method'],
    tieBreak: 'sku, location, productId, locationId',
  };
}

/**
 * One page of a run's series as the Forecasts grid shows them, sorted and filtered in SQL. The
 * series of SKUs with active overrides (few) get their effective figures afterwards; sorting and
 * filtering use the stored forecast.
 */
export function forecastGridPage(
  db: Database.Database,
  runId: number,
  query: GridPageQuery,
  counts?: CountsMemo,
): GridPage<ForecastGridRow> {
  const dates = nextDates(db, runId);
  const joinNext = NEXT_COLUMNS.some((id) => query.sort.some((s) => s.colId === id) || id in query.filter);
  const keyed = hasForecastSortKeys(db, runId);
  // Sorted by money at stake (the page opens so): read in the index's order, a page at a time. The
  // planner, not knowing a page is a hundred rows of 100,000, would sort them all.
  const byMoney = keyed && query.sort[0]?.colId === 'moneyAtStake';
  const joinFlags = query.sort.some((s) => s.colId === 'flags') || 'flags' in query.filter;
  const span = bucketSpan(db, runId);
  const plain = source(runId, dates, span, joinNext, keyed, false, joinFlags);
  // The counts scan every series: through the table, never through the money index (a look-up per row).
  const page = gridPage<SqlRow>(db, byMoney ? source(runId, dates, span, joinNext, keyed, true, joinFlags) : plain, query, () => gridCounts(db, plain, query, counts));
  const next = joinNext ? null : nextOfRows(db, runId, dates, page.rows);
  const frequency = db.prepare('SELECT frequency FROM forecast_runs WHERE id = ?').pluck().get(runId) as Frequency | undefined;
  const year = YEAR_BUCKETS[frequency ?? 'week'];
  const shownProducts = new Set(page.rows.map((row) => row.productId));
  const overridden = overriddenSeries(db, runId, (id) => shownProducts.has(id));
  const rows = page.rows.map(({ next1, next2, next3, next4, price, flags: _flags, moneyKey: _moneyKey, ...s }): ForecastGridRow => {
    const effective = overridden.get(`${s.productId}:${s.locationId}`);
    const totalUnits = effective ? effective.reduce((sum, row) => sum + row.mean, 0) : s.totalUnits;
    return {
      ...s,
      coldStart: s.coldStart === 1,
      shortHistory: s.historyBuckets < year,
      totalUnits,
      moneyAtStake: effective ? totalUnits * (price ?? 0) : s.moneyAtStake,
      next: effective
        ? effective.slice(0, NEXT_BUCKETS).map((row) => row.mean)
        : (next?.get(`${s.productId}:${s.locationId}`) ?? [next1, next2, next3, next4].filter((v): v is number => v !== null)),
      overridden: effective?.some((row) => row.overrideIds.length > 0) ?? false,
    };
  });
  return { ...page, rows };
}

interface BucketSpan {
  first: string | null;
  last: string | null;
}

/** The first and last bucket of a run (every series of a run has the same buckets): an override outside them touches nothing. */
function bucketSpan(db: Database.Database, runId: number): BucketSpan {
  return db
    .prepare(
      `SELECT min(bucket_date) AS first, max(bucket_date) AS last FROM forecast_values
        WHERE run_id = ? AND (product_id, location_id) = (SELECT product_id, location_id FROM forecast_series WHERE run_id = ? LIMIT 1)`,
    )
    .get(runId, runId) as BucketSpan;
}

/** The first buckets' means of the given rows, by `productId:locationId`. */
function nextOfRows(db: Database.Database, runId: number, dates: readonly string[], rows: readonly SqlRow[]): Map<string, number[]> {
  const next = new Map<string, number[]>();
  const last = dates.at(-1);
  if (last === undefined) return next;
  const read = db.prepare(
    `SELECT mean FROM forecast_values WHERE run_id = ? AND product_id = ? AND location_id = ? AND bucket_date <= ? ORDER BY bucket_date`,
  ).pluck();
  for (const row of rows) next.set(`${row.productId}:${row.locationId}`, read.all(runId, row.productId, row.locationId, last) as number[]);
  return next;
}

/** What the page says about a run's series as a whole, without its rows: how many, from analogues, shorter than the horizon. */
export function forecastGridFacts(db: Database.Database, runId: number): { series: number; coldStart: number; shortOfHorizon: number } {
  return db
    .prepare(
      `SELECT count(*) AS series, coalesce(sum(s.analogues IS NOT NULL), 0) AS coldStart, coalesce(sum(s.history_buckets < r.horizon), 0) AS shortOfHorizon
         FROM forecast_series s JOIN forecast_runs r ON r.id = s.run_id WHERE s.run_id = ?`,
    )
    .get(runId) as { series: number; coldStart: number; shortOfHorizon: number };
}
