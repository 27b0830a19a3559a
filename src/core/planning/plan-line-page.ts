import type Database from 'better-sqlite3';
import type { GridPage, GridPageQuery } from '../../shared/contract/schemas/grid-page';
import type { PlanLineRow } from '../../shared/contract/schemas/planning';
import { gridCounts, gridPage, type CountsMemo, type GridColumnSql, type GridSource } from '../db/grid-page';
import { planLineRowsById } from './plan-views';

const text = (sql: string): GridColumnSql => ({ sql, kind: 'text' });
const number = (sql: string): GridColumnSql => ({ sql, kind: 'number' });
const date = (sql: string): GridColumnSql => ({ sql, kind: 'date' });
/** A figure kept only in the line's stored explanation (JSON): read when a query sorts or filters by it. */
const stored = (path: string, kind: GridColumnSql['kind']): GridColumnSql => ({ sql: `json_extract(explanation, '$.${path}')`, kind });

/** The plan grid's columns as SQL over plan_lines (column ids are the grid's). */
const COLUMNS: Record<string, GridColumnSql> = {
  sku: text('sku'),
  name: text('name'),
  supplier: stored('supplier', 'text'),
  location: stored('location', 'text'),
  onHand: stored('onHand', 'number'),
  onOrder: stored('onOrder', 'number'),
  position: stored('position', 'number'),
  daysOfCover: stored('daysOfCover', 'number'),
  stockOutDate: stored('runOutDate', 'date'),
  safetyStock: stored('safetyStock', 'number'),
  reorderPoint: stored('reorderPoint', 'number'),
  rounding: stored('rounding', 'text'),
  needQty: number('max(0, need_qty)'),
  suggestedQty: number('suggested_qty'),
  quantity: number('quantity'),
  unitCost: number('unit_cost'),
  value: number('round(quantity * coalesce(unit_cost, 0), 2)'),
  orderDate: date('order_date'),
  expectedArrival: date('expected_arrival'),
  locked: number('locked'),
  status: text('status'),
  abc: text("abc || xyz"),
  serviceLevel: number('service_level'),
  moq: number('moq'),
  // Not shown: a draft card narrows the grid to one supplier at one location.
  supplierId: number('supplier_id'),
  locationId: number('location_id'),
};

/** Lines of one supplier at one location (a draft card chosen on the page). */
export interface DraftScope {
  supplierId: number;
  locationId: number;
}

function source(planId: number): GridSource {
  return {
    select: `SELECT l.id AS lineId, p.sku, p.name, l.explanation, l.supplier_id, l.location_id, l.need_qty, l.suggested_qty, l.quantity, l.unit_cost, l.order_date,
                    l.expected_arrival, l.locked, l.status, l.abc, l.xyz, l.service_level, l.moq
               FROM plan_lines l JOIN products p ON p.id = l.product_id
              WHERE l.plan_id = :planId`,
    params: { planId },
    columns: COLUMNS,
    search: ['sku', 'name', 'supplier', 'location'],
    tieBreak: 'lineId',
    pick: 'g.lineId',
  };
}

/**
 * One page of a plan's lines as the Replenishment grid shows them: sorted, filtered and searched
 * in SQL (the figures kept in each line's JSON explanation only when asked for), then the page's
 * lines read whole. A plan of 30,000 lines is never parsed in full.
 */
export function planLinePage(
  db: Database.Database,
  planId: number,
  draft: DraftScope | null,
  query: GridPageQuery,
  counts?: CountsMemo,
): GridPage<PlanLineRow> {
  // The draft card is one more filter: the count of all lines stays the plan's.
  const scoped: GridPageQuery = draft
    ? {
        ...query,
        filter: {
          ...query.filter,
          supplierId: { filterType: 'number', type: 'equals', filter: draft.supplierId },
          locationId: { filterType: 'number', type: 'equals', filter: draft.locationId },
        },
      }
    : query;
  const lines = source(planId);
  const page = gridPage<{ lineId: number }>(db, lines, scoped, () => gridCounts(db, lines, scoped, counts));
  return { ...page, rows: planLineRowsById(db, planId, page.rows.map((row) => row.lineId)) };
}
