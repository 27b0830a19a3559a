import type { GridColumnFilter, GridCondition, GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import { AppError } from '../ground/errors/app-error';
import type { GridColumnSql } from './grid-page';

/**
 * A grid whose rows a read already holds (a whole-workspace read kept until data changes): its
 * columns by kind and the columns the quick search looks in. Sorting, filters and the search mean
 * exactly what `gridPage` does in SQL (NULL before any value, text compared in lower case, a
 * condition still being typed filters nothing); grid-rows.test.ts holds the two to the same answers.
 */
export interface RowsGrid {
  columns: Readonly<Record<string, GridColumnSql['kind']>>;
  search: readonly string[];
}

type Row = Readonly<Record<string, unknown>>;
type Test = (row: Row) => boolean;

/**
 * Pages of rows held in memory, sorted and filtered on request. The order of the latest sort,
 * filter and search is kept, so scrolling through it is a slice; rows that tie keep the read's order.
 */
export function rowsPager<R extends object>(rows: readonly R[], grid: RowsGrid): (query: GridPageQuery) => GridPage<R> {
  let kept: { key: string; order: Uint32Array } | null = null;
  return (query) => {
    const key = JSON.stringify({ sort: query.sort, filter: query.filter, search: query.search.trim().toLowerCase() });
    if (kept?.key !== key) kept = { key, order: orderOf(rows as readonly Row[], grid, query) };
    const { order } = kept;
    const page: R[] = [];
    for (let i = query.offset; i < Math.min(order.length, query.offset + query.limit); i++) page.push(rows[order[i]!]!);
    return { rows: page, matched: order.length, total: rows.length };
  };
}

function orderOf(rows: readonly Row[], grid: RowsGrid, query: GridPageQuery): Uint32Array {
  const tests = [
    ...Object.entries(query.filter).map(([colId, filter]) => columnTest(colId, kindOf(grid, colId, 'filter'), filter)),
    ...searchTests(grid, query.search),
  ];
  const kept: number[] = [];
  for (let i = 0; i < rows.length; i++) if (tests.every((test) => test(rows[i]!))) kept.push(i);
  const sorts = query.sort.map(({ colId, sort }) => ({ colId, sign: sort === 'desc' ? -1 : 1, kind: kindOf(grid, colId, 'sort') }));
  if (sorts.length > 0) {
    kept.sort((a, b) => {
      for (const { colId, sign } of sorts) {
        const c = compare(rows[a]![colId], rows[b]![colId]);
        if (c !== 0) return sign * c;
      }
      return a - b;
    });
  }
  return Uint32Array.from(kept);
}

function kindOf(grid: RowsGrid, colId: string, use: string): GridColumnSql['kind'] {
  const kind = Object.hasOwn(grid.columns, colId) ? grid.columns[colId] : undefined;
  if (!kind) throw new AppError('invalid_input', `This grid cannot ${use} by the column "${colId}"`, { column: colId });
  return kind;
}

/** SQLite's order: NULL first, numbers before text, text by its characters. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return String(a) < String(b) ? -1 : 1;
}

const lowerText = (value: unknown) => (value === null || value === undefined ? '' : String(value)).toLowerCase();

function searchTests(grid: RowsGrid, search: string): Test[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  for (const colId of grid.search) kindOf(grid, colId, 'search');
  return words.map((word) => (row) => grid.search.some((colId) => lowerText(row[colId]).includes(word)));
}

function columnTest(colId: string, kind: GridColumnSql['kind'], filter: GridColumnFilter): Test {
  if ('conditions' in filter) {
    const tests = filter.conditions.map((condition) => conditionTest(colId, kind, condition));
    return filter.operator === 'OR' ? (row) => tests.some((test) => test(row)) : (row) => tests.every((test) => test(row));
  }
  return conditionTest(colId, kind, filter);
}

function conditionTest(colId: string, kind: GridColumnSql['kind'], condition: GridCondition): Test {
  switch (condition.filterType) {
    case 'codes': {
      const codes = new Set(condition.values);
      return (row) => row[colId] !== null && row[colId] !== undefined && codes.has(String(row[colId]));
    }
    case 'text':
      return textTest(colId, condition.type, (condition.filter ?? '').toLowerCase());
    case 'number':
      return rangeTest(colId, condition.type, condition.filter ?? null, condition.filterTo ?? null, kind);
    case 'date':
      // AG Grid sends "2026-03-01 00:00:00"; dates are kept as "2026-03-01".
      return rangeTest(colId, condition.type, condition.dateFrom?.slice(0, 10) ?? null, condition.dateTo?.slice(0, 10) ?? null, kind);
  }
}

function textTest(colId: string, type: Extract<GridCondition, { filterType: 'text' }>['type'], text: string): Test {
  const value = (row: Row) => lowerText(row[colId]);
  switch (type) {
    case 'contains':
      return (row) => value(row).includes(text);
    case 'notContains':
      return (row) => !value(row).includes(text);
    case 'equals':
      return (row) => value(row) === text;
    case 'notEqual':
      return (row) => value(row) !== text;
    case 'startsWith':
      return (row) => value(row).startsWith(text);
    case 'endsWith':
      return (row) => value(row).endsWith(text);
    case 'blank':
      return (row) => value(row) === '';
    case 'notBlank':
      return (row) => value(row) !== '';
  }
}

function rangeTest(
  colId: string,
  type: Extract<GridCondition, { filterType: 'number' }>['type'],
  from: number | string | null,
  to: number | string | null,
  kind: GridColumnSql['kind'],
): Test {
  const isNull = (row: Row) => row[colId] === null || row[colId] === undefined;
  if (type === 'blank') return isNull;
  if (type === 'notBlank') return (row) => !isNull(row);
  if (from === null) return () => true;
  // Comparisons with NULL are false in SQL: a row without a value matches no bound.
  const cmp = (row: Row, bound: number | string) => (kind === 'number' ? Number(row[colId]) - Number(bound) : compare(row[colId], bound));
  const bounded = (test: (row: Row) => boolean): Test => (row) => !isNull(row) && test(row);
  switch (type) {
    case 'equals':
      return bounded((row) => cmp(row, from) === 0);
    case 'notEqual':
      return (row) => isNull(row) || cmp(row, from) !== 0;
    case 'lessThan':
      return bounded((row) => cmp(row, from) < 0);
    case 'lessThanOrEqual':
      return bounded((row) => cmp(row, from) <= 0);
    case 'greaterThan':
      return bounded((row) => cmp(row, from) > 0);
    case 'greaterThanOrEqual':
      return bounded((row) => cmp(row, from) >= 0);
    case 'inRange':
      return to === null ? bounded((row) => cmp(row, from) >= 0) : bounded((row) => cmp(row, from) > 0 && cmp(row, to) < 0);
  }
}
