import { keyFigure } from './figure';
import type { OpenBalance } from './po-timeline';
import type { KeyFigure } from './types';
import type { WeekGrid } from './week-grid';

/** Open PO lines whose due date (the scorecards' due date) has passed, and the value still to come on them. */
export function overduePoLinesFigure(grid: WeekGrid, weekly: readonly OpenBalance[]): KeyFigure {
  const now = weekly[grid.lastWeek];
  return keyFigure('overduePoLines', grid, {
    unit: 'count',
    betterWhen: 'down',
    value: now?.overdueLines ?? null,
    previous: weekly[grid.previousWeek]?.overdueLines ?? null,
    weekly: weekly.map((w) => w.overdueLines),
    note: { kind: 'overdueValue', value: now?.overdueValue ?? null, unit: 'money' },
  });
}
