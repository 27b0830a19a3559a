import { keyFigure } from './figure';
import { rollingRates } from './rolling';
import type { KeyFigure } from './types';
import { demandOfWeek, type WeekDemand } from './weekly-demand';
import { PERIOD_WEEKS, type WeekGrid } from './week-grid';

/**
 * Fill rate: units sold ÷ units demanded over the last four weeks, demanded = sold + lost to
 * stock-outs (estimated as weekly-demand.ts says). Each trend point is the four weeks ending there.
 */
export function fillRateFigure(grid: WeekGrid, demand: readonly WeekDemand[]): KeyFigure {
  const weekly = rollingRates((k) => {
    const week = demandOfWeek(demand, k);
    return { hits: week.soldUnits, total: week.soldUnits + week.lostUnits };
  });
  let lost = 0;
  for (let k = grid.lastWeek - PERIOD_WEEKS + 1; k <= grid.lastWeek; k++) lost += demandOfWeek(demand, k).lostUnits;
  return keyFigure('fillRate', grid, {
    unit: 'percent',
    betterWhen: 'up',
    value: weekly[grid.lastWeek] ?? null,
    previous: weekly[grid.previousWeek] ?? null,
    weekly,
    note: { kind: 'lostUnits', value: lost, unit: 'count' },
  });
}
