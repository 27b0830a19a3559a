import { z } from 'zod';

/**
 * One page of a large grid, asked of the core: sorting, column filters and the quick search are
 * done in SQL, so the UI never holds 100,000 rows. The filter shapes are AG Grid's filter model
 * (text, number, date), plus `codes` for coded columns the UI shows translated: the UI turns the
 * words typed into the codes whose label matches.
 */
const textType = z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']);
const rangeType = z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']);

const textCondition = z.object({ filterType: z.literal('text'), type: textType, filter: z.string().max(200).nullish() });
const numberCondition = z.object({ filterType: z.literal('number'), type: rangeType, filter: z.number().nullish(), filterTo: z.number().nullish() });
const dateCondition = z.object({ filterType: z.literal('date'), type: rangeType, dateFrom: z.string().max(30).nullish(), dateTo: z.string().max(30).nullish() });
const codesCondition = z.object({ filterType: z.literal('codes'), values: z.array(z.string().max(100)).max(500) });

export const gridConditionSchema = z.discriminatedUnion('filterType', [textCondition, numberCondition, dateCondition, codesCondition]);
export type GridCondition = z.infer<typeof gridConditionSchema>;

const combined = z.object({
  filterType: z.enum(['text', 'number', 'date', 'codes']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(gridConditionSchema).min(1).max(4),
});
export const gridColumnFilterSchema = z.union([combined, gridConditionSchema]);
export type GridColumnFilter = z.infer<typeof gridColumnFilterSchema>;

export const gridPageQuerySchema = z.object({
  /** First row (0-based) and how many. */
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(1000),
  sort: z.array(z.object({ colId: z.string().max(60), sort: z.enum(['asc', 'desc']) })).max(6).default([]),
  filter: z.record(z.string().max(60), gridColumnFilterSchema).default({}),
  /** The quick search: every word must appear in one of the grid's text columns. */
  search: z.string().max(200).default(''),
});
export type GridPageQuery = z.infer<typeof gridPageQuerySchema>;

/** A page of rows, how many rows match the search and filters, and how many the grid has in all. */
export function gridPageSchema<R extends z.ZodType>(row: R) {
  return z.object({ rows: z.array(row), matched: z.number().int(), total: z.number().int() });
}
export interface GridPage<R> {
  rows: R[];
  matched: number;
  total: number;
}
