import type Database from 'better-sqlite3';
import type { AccuracyFigures } from '../../forecasting/accuracy';
import { listRuns, type RunInfo } from '../../forecasting/runs';
import { keyFigure } from './figure';
import { pooledActualsFigures, scoredBuckets, WindowActualsReader } from './run-actuals-score';
import { runBacktestFigures } from '../../forecasting/run-backtest-score';
import { cachedRunScore } from './run-score-cache';
import { rollingRates } from './rolling';
import type { KeyFigure } from './types';
import { weeklyForecastErrors } from './weekly-forecast-error';
import { dataToday, WeekGrid } from './week-grid';
import { LEAD_WEEKS } from './weekly-demand';

interface RunScore {
  figures: AccuracyFigures;
  basis: 'actuals' | 'backtest';
}

/**
 * Forecast accuracy, 1 − WAPE, with MASE beside it. The value scores the newest forecast run that
 * has weeks behind it against what sold since (the accuracy report against actuals); while no run
 * has, it is the newest run's holdout backtest. The previous value scores the run before it the
 * same way. The trend is weekly-forecast-error.ts, pooled over the four weeks ending at each point.
 */
export function forecastAccuracyFigure(db: Database.Database, grid: WeekGrid): KeyFigure {
  const { scored, previous } = scoredRuns(db, grid.today, new WindowActualsReader(db));
  const errors = weeklyForecastErrors(db, grid, -LEAD_WEEKS);
  const weekly = rollingRates((k) => {
    const week = errors.get(k);
    return week ? { hits: week.actual - week.error, total: week.actual } : { hits: 0, total: 0 };
  });
  return keyFigure('forecastAccuracy', grid, {
    unit: 'percent',
    betterWhen: 'up',
    value: accuracyOf(scored?.score.figures),
    previous: accuracyOf(previous?.figures),
    weekly,
    note: { kind: 'mase', value: scored?.score.figures.mase ?? null, unit: 'count' },
    basis: scored?.score.basis ?? null,
  });
}

/**
 * Keeps, in the writer's transaction, the scores against actuals the figure reads (its value's run
 * and the run before; the trend's weekly errors), so that the next cold read — the command line,
 * the app's first Dashboard after a refresh — reads them instead of scoring every series again
 * (run-score-store.ts, week-error-store.ts). Only what no longer holds is scored: after the day
 * that completes a week, or a correction of the weeks scored.
 */
export function keepForecastAccuracyScores(db: Database.Database): void {
  const today = dataToday(db);
  if (!today) return;
  scoredRuns(db, today, new WindowActualsReader(db), true);
  weeklyForecastErrors(db, new WeekGrid(today), -LEAD_WEEKS, true);
}

/** The runs the figure scores: the newest run with weeks behind it (else the newest run's backtest) and the run before it. */
function scoredRuns(db: Database.Database, today: string, reader: WindowActualsReader, keep = false): { scored: { run: RunInfo; score: RunScore } | null; previous: RunScore | null } {
  const runs = listRuns(db)
    .filter((run) => run.status === 'done' && run.historyTo <= today)
    .sort((a, b) => (a.historyTo === b.historyTo ? b.id - a.id : a.historyTo < b.historyTo ? 1 : -1));
  const scored = newestScored(db, runs, reader, keep);
  const previousRun = scored ? runs[runs.indexOf(scored.run) + 1] : undefined;
  return { scored, previous: previousRun ? scoreRun(db, previousRun, reader, keep) : null };
}

/** The newest run scored against actuals; else the newest run's backtest. */
function newestScored(db: Database.Database, runs: readonly RunInfo[], reader: WindowActualsReader, keep: boolean): { run: RunInfo; score: RunScore } | null {
  for (const run of runs) {
    const actuals = actualsFigures(db, run, reader, keep);
    if (actuals) return { run, score: { figures: actuals, basis: 'actuals' } };
  }
  const newest = runs[0];
  const backtest = newest ? runBacktestFigures(db, newest.id) : null;
  return newest && backtest ? { run: newest, score: { figures: backtest, basis: 'backtest' } } : null;
}

function scoreRun(db: Database.Database, run: RunInfo, reader: WindowActualsReader, keep: boolean): RunScore | null {
  const actuals = actualsFigures(db, run, reader, keep);
  if (actuals) return { figures: actuals, basis: 'actuals' };
  const backtest = runBacktestFigures(db, run.id);
  return backtest ? { figures: backtest, basis: 'backtest' } : null;
}

/** The run's pooled figures against what sold after it, or null while none of its buckets has ended. */
function actualsFigures(db: Database.Database, run: RunInfo, reader: WindowActualsReader, keep: boolean): AccuracyFigures | null {
  // A run none of whose buckets has ended is known at once (no read of its series): no need to cache.
  const lastSale = db.prepare('SELECT max(date) FROM sales_daily').pluck().get() as string | null;
  const scored = scoredBuckets(run, lastSale);
  if (!scored) return null;
  return cachedRunScore(db, run, scored.to, () => pooledActualsFigures(db, run, reader), keep);
}

/** 1 − WAPE, floored at 0: an error larger than the demand itself is no accuracy at all. */
function accuracyOf(figures: AccuracyFigures | undefined): number | null {
  return figures?.wape === null || figures?.wape === undefined ? null : Math.max(0, 1 - figures.wape);
}
