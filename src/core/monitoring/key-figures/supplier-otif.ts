import type Database from 'better-sqlite3';
import { groupMetrics } from '../../suppliers/group-metrics';
import { loadLineFacts, type LineFacts } from '../../suppliers/line-facts';
import { keyFigure } from './figure';
import { rollingRates } from './rolling';
import type { KeyFigure } from './types';
import { PERIOD_WEEKS, type WeekGrid } from './week-grid';
import { LEAD_WEEKS } from './weekly-demand';

/**
 * Suppliers' OTIF: the share of PO lines due in the last four weeks that arrived on time and in
 * full, judged as the supplier scorecards judge them (same due date, tolerance and rules), over all
 * suppliers together. Lines due but not delivered count as missed.
 */
export function supplierOtifFigure(grid: WeekGrid, facts: LineFacts, toleranceDays: number): KeyFigure {
  const window = otifWindow(grid);
  const byWeek = groupMetrics(facts, window, toleranceDays, (i) => grid.weekOfDay(facts.dueDay[i] as number));
  const weekly = rollingRates((k) => {
    const metrics = byWeek.get(k);
    return { hits: metrics?.counts.otif ?? 0, total: metrics?.poLines ?? 0 };
  });
  let judged = 0;
  for (let k = grid.lastWeek - PERIOD_WEEKS + 1; k <= grid.lastWeek; k++) judged += byWeek.get(k)?.poLines ?? 0;
  return keyFigure('supplierOtif', grid, {
    unit: 'percent',
    betterWhen: 'up',
    value: weekly[grid.lastWeek] ?? null,
    previous: weekly[grid.previousWeek] ?? null,
    weekly,
    note: { kind: 'judgedLines', value: judged, unit: 'count' },
  });
}

/** The due dates the trend judges: its twelve weeks and the three before (each point pools four). */
function otifWindow(grid: WeekGrid): { asOfDay: number; fromDay: number; toDay: number } {
  return { asOfDay: grid.todayDay, fromDay: grid.endDay(-LEAD_WEEKS) - 6, toDay: grid.todayDay };
}

/**
 * The PO lines the figure judges, read as the scorecards read them but only those due in its
 * window: the same verdicts without carrying every line of the workspace's history across.
 */
export function otifLineFacts(db: Database.Database, grid: WeekGrid): LineFacts {
  const window = otifWindow(grid);
  return loadLineFacts(db, { asOf: grid.today, fromDay: window.fromDay, toDay: window.toDay });
}
