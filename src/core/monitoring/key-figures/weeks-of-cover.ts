import { keyFigure, ratioOrNull } from './figure';
import type { StockHistory } from './stock-history';
import type { KeyFigure } from './types';
import { demandOfWeek, type WeekDemand } from './weekly-demand';
import { PERIOD_WEEKS, TREND_WEEKS, type WeekGrid } from './week-grid';

/**
 * Weeks of cover: stock at cost ÷ average weekly demand at cost over the four weeks up to that day,
 * demand being units sold plus the estimated units lost to stock-outs. Measured in money so that
 * SKUs of very different unit counts weigh by what they cost.
 */
export function weeksOfCoverFigure(grid: WeekGrid, history: StockHistory, demand: readonly WeekDemand[]): KeyFigure {
  const coverAt = (k: number): number | null => {
    if (history.anchored === 0) return null;
    let value = 0;
    for (let j = k - PERIOD_WEEKS + 1; j <= k; j++) {
      const week = demandOfWeek(demand, j);
      value += week.soldValue + week.lostValue;
    }
    const stock = history.value[k];
    return stock === undefined ? null : ratioOrNull(Math.max(0, stock), value / PERIOD_WEEKS);
  };
  return keyFigure('weeksOfCover', grid, {
    unit: 'weeks',
    // Too little cover risks stock-outs, too much ties up cash: neither direction is good in itself.
    betterWhen: 'neither',
    value: coverAt(grid.lastWeek),
    previous: coverAt(grid.previousWeek),
    weekly: Array.from({ length: TREND_WEEKS }, (_, k) => coverAt(k)),
  });
}
