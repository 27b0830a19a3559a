import { keyFigure } from './figure';
import type { OpenBalance } from './po-timeline';
import type { KeyFigure } from './types';
import type { WeekGrid } from './week-grid';

/** What is still to come on open PO lines, at cost (ordered − accepted so far), as po-timeline.ts rebuilds each week. */
export function openPoValueFigure(grid: WeekGrid, weekly: readonly OpenBalance[]): KeyFigure {
  const now = weekly[grid.lastWeek];
  return keyFigure('openPoValue', grid, {
    unit: 'money',
    // Commitments are neither good nor bad in themselves: they follow the plan.
    betterWhen: 'neither',
    value: now?.value ?? null,
    previous: weekly[grid.previousWeek]?.value ?? null,
    weekly: weekly.map((w) => w.value),
    note: { kind: 'openLines', value: now?.lines ?? null, unit: 'count' },
  });
}
