import type Database from 'better-sqlite3';
import { dueInPeriod, emptyVerdict, judgeLine } from '../../suppliers/judge-line';
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
  const byWeek = otifCountsByWeek(grid, facts, toleranceDays);
  const weekly = rollingRates((k) => byWeek.get(k) ?? { hits: 0, total: 0 });
  let judged = 0;
  for (let k = grid.lastWeek - PERIOD_WEEKS + 1; k <= grid.lastWeek; k++) judged += byWeek.get(k)?.total ?? 0;
  return keyFigure('supplierOtif', grid, {
    unit: 'percent',
    betterWhen: 'up',
    value: weekly[grid.lastWeek] ?? null,
    previous: weekly[grid.previousWeek] ?? null,
    weekly,
    note: { kind: 'judgedLines', value: judged, unit: 'count' },
  });
}

/**
 * Judged lines (total) and those on time in full (hits) per week of their due date: the counts the
 * scorecards' OTIF is made of (groupMetrics' poLines and counts.otif), from the same verdict, without
 * the spend, lead-time samples and PO sets a scorecard also gathers for every line.
 */
function otifCountsByWeek(grid: WeekGrid, facts: LineFacts, toleranceDays: number): Map<number, { hits: number; total: number }> {
  const window = otifWindow(grid);
  const byWeek = new Map<number, { hits: number; total: number }>();
  const verdict = emptyVerdict();
  for (let i = 0; i < facts.length; i++) {
    if (!dueInPeriod(facts, i, window.fromDay, window.toDay)) continue;
    if (!judgeLine(facts, i, window.asOfDay, toleranceDays, verdict).judged) continue;
    const week = grid.weekOfDay(facts.dueDay[i] as number);
    let counts = byWeek.get(week);
    if (!counts) byWeek.set(week, (counts = { hits: 0, total: 0 }));
    counts.total++;
    // An overdue line is judged but never OTIF (it has no receipt, so no complete day).
    if (verdict.otif && !verdict.overdue) counts.hits++;
  }
  return byWeek;
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
