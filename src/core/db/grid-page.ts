import type Database from 'better-sqlite3';
import type { GridColumnFilter, GridCondition, GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { AppError } from '../ground/errors/app-error';

/** How a grid column is compared in SQL: its expression over the source's columns, and its kind. */
export interface GridColumnSql {
  sql: string;
  kind: 'text' | 'number' | 'date';
}

/**
 * A large grid's rows as one SELECT (named parameters allowed), the columns it may be sorted and
 * filtered by, those the quick search looks in, and an order that makes every page stable.
 */
export interface GridSource {
  select: string;
  params?: Record<string, unknown>;
  columns: Readonly<Record<string, GridColumnSql>>;
  search: readonly string[];
  /** Appended to every ORDER BY (a unique key), so pages never overlap or skip rows. */
  tieBreak: string;
  /**
   * What a page selects (default every column, `g.*`): a source whose rows are costly to build
   * picks their keys and reads the page's rows itself, so SQLite computes only the columns used.
   */
  pick?: string;
}

type Clause = { sql: string; params: unknown[] };

/**
 * Keeps a count by key until the data changes (a handler hands in its read cache): sorting and
 * scrolling do not change the counts, and the count of every row holds whatever the filters.
 */
export type CountsMemo = <T>(key: string, compute: () => T) => T;

const unremembered: CountsMemo = (_key, compute) => compute();

/**
 * One page of a grid: filters, quick search and sort in SQL over the source as a subquery; the
 * counts say how many rows match and how many there are (`counts` may count another way, e.g.
 * over a source without a page's index). Unknown columns are refused by name.
 */
export function gridPage<R>(
  db: Database.Database,
  source: GridSource,
  query: GridPageQuery,
  counts: () => GridCounts = () => gridCounts(db, source, query),
): GridPage<R> {
  const where = whereClause(source, query);
  const order = [
    ...query.sort.map(({ colId, sort }) => `${column(source, colId, 'sort').sql} ${sort === 'desc' ? 'DESC' : 'ASC'}`),
    source.tieBreak,
  ].join(', ');
  const from = `(${source.select}) AS g`;
  const named = source.params ?? {};
  const rows = db.prepare(`SELECT ${source.pick ?? 'g.*'} FROM ${from} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...bind(named, [...where.params, query.limit, query.offset])) as R[];
  return { rows, ...counts() };
}

export interface GridCounts {
  matched: number;
  total: number;
}

/**
 * How many rows the grid has and how many match its filters and search, each kept in `memo`: the
 * count of every row (a pass over them all) is made once for every filter and search.
 */
export function gridCounts(db: Database.Database, source: GridSource, query: GridPageQuery, memo: CountsMemo = unremembered): GridCounts {
  return memo(countsKey(query), () => {
    const where = whereClause(source, query);
    const from = `(${source.select}) AS g`;
    const named = source.params ?? {};
    const total = memo('total', () => db.prepare(`SELECT count(*) FROM ${from}`).pluck().get(...bind(named, [])) as number);
    const matched = where.sql === '' ? total : (db.prepare(`SELECT count(*) FROM ${from} ${where.sql}`).pluck().get(...bind(named, where.params)) as number);
    return { matched, total };
  });
}

/** What the counts depend on: the same key means the same counts until the data changes. */
function countsKey(query: GridPageQuery): string {
  return JSON.stringify({ filter: query.filter, search: query.search.trim().toLowerCase() });
}

/** better-sqlite3 takes an object of named values followed by positional ones. */
function bind(named: Record<string, unknown>, positional: unknown[]): unknown[] {
  return Object.keys(named).length > 0 ? [named, ...positional] : positional;
}

function column(source: GridSource, colId: string, use: string): GridColumnSql {
  const found = Object.hasOwn(source.columns, colId) ? source.columns[colId] : undefined;
  if (!found) throw new AppError('invalid_input', `This grid cannot ${use} by the column "${colId}"`, { column: colId });
  return found;
}

function whereClause(source: GridSource, query: GridPageQuery): Clause {
  const parts: Clause[] = [];
  for (const [colId, filter] of Object.entries(query.filter)) parts.push(columnFilter(column(source, colId, 'filter'), filter));
  const words = query.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  for (const word of words) {
    const any = source.search.map((colId) => `instr(lower(coalesce(${column(source, colId, 'search').sql}, '')), ?) > 0`);
    parts.push({ sql: `(${any.join(' OR ')})`, params: any.map(() => word) });
  }
  if (parts.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

function columnFilter(col: GridColumnSql, filter: GridColumnFilter): Clause {
  if ('conditions' in filter) {
    const parts = filter.conditions.map((condition) => conditionClause(col, condition));
    return { sql: `(${parts.map((p) => p.sql).join(filter.operator === 'OR' ? ' OR ' : ' AND ')})`, params: parts.flatMap((p) => p.params) };
  }
  return conditionClause(col, filter);
}

function conditionClause(col: GridColumnSql, condition: GridCondition): Clause {
  const x = col.sql;
  switch (condition.filterType) {
    case 'codes':
      return condition.values.length === 0 ? { sql: '0', params: [] } : { sql: `${x} IN (${condition.values.map(() => '?').join(', ')})`, params: condition.values };
    case 'text':
      return textClause(x, condition.type, (condition.filter ?? '').toLowerCase());
    case 'number':
      return rangeClause(x, condition.type, condition.filter ?? null, condition.filterTo ?? null);
    case 'date':
      // AG Grid sends "2026-03-01 00:00:00"; dates are stored as "2026-03-01".
      return rangeClause(x, condition.type, condition.dateFrom?.slice(0, 10) ?? null, condition.dateTo?.slice(0, 10) ?? null);
  }
}

function textClause(x: string, type: Extract<GridCondition, { filterType: 'text' }>['type'], text: string): Clause {
  const lower = `lower(coalesce(${x}, ''))`;
  switch (type) {
    case 'contains':
      return { sql: `instr(${lower}, ?) > 0`, params: [text] };
    case 'notContains':
      return { sql: `instr(${lower}, ?) = 0`, params: [text] };
    case 'equals':
      return { sql: `${lower} = ?`, params: [text] };
    case 'notEqual':
      return { sql: `${lower} <> ?`, params: [text] };
    case 'startsWith':
      return { sql: `substr(${lower}, 1, length(?)) = ?`, params: [text, text] };
    case 'endsWith':
      return { sql: `(length(${lower}) >= length(?) AND substr(${lower}, -length(?)) = ?)`, params: [text, text, text] };
    case 'blank':
      return { sql: `coalesce(${x}, '') = ''`, params: [] };
    case 'notBlank':
      return { sql: `coalesce(${x}, '') <> ''`, params: [] };
  }
}

function rangeClause(x: string, type: Extract<GridCondition, { filterType: 'number' }>['type'], from: number | string | null, to: number | string | null): Clause {
  if (type === 'blank') return { sql: `${x} IS NULL`, params: [] };
  if (type === 'notBlank') return { sql: `${x} IS NOT NULL`, params: [] };
  // A condition still being typed filters nothing, as in the grid.
  if (from === null) return { sql: '1', params: [] };
  switch (type) {
    case 'equals':
      return { sql: `${x} = ?`, params: [from] };
    case 'notEqual':
      return { sql: `(${x} IS NULL OR ${x} <> ?)`, params: [from] };
    case 'lessThan':
      return { sql: `${x} < ?`, params: [from] };
    case 'lessThanOrEqual':
      return { sql: `${x} <= ?`, params: [from] };
    case 'greaterThan':
      return { sql: `${x} > ?`, params: [from] };
    case 'greaterThanOrEqual':
      return { sql: `${x} >= ?`, params: [from] };
    case 'inRange':
      return to === null ? { sql: `${x} >= ?`, params: [from] } : { sql: `(${x} > ? AND ${x} < ?)`, params: [from, to] };
  }
}
