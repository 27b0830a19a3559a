import { keyFigure } from './figure';
import type { StockHistory } from './stock-history';
import type { KeyFigure } from './types';
import type { WeekGrid } from './week-grid';

/** Stock on hand at cost today, against four weeks ago; past weeks as stock-history.ts rebuilds them. */
export function stockValueFigure(grid: WeekGrid, history: StockHistory): KeyFigure {
  const has = history.anchored > 0;
  return keyFigure('stockValue', grid, {
    unit: 'money',
    // Less money tied up in stock is the better direction for a merchant short of cash.
    betterWhen: 'down',
    value: has ? history.value[grid.lastWeek] ?? null : null,
    previous: has ? history.value[grid.previousWeek] ?? null : null,
    weekly: has ? history.value : [],
    note: { kind: 'stockUnits', value: has ? history.units[grid.lastWeek] ?? null : null, unit: 'count' },
  });
}
