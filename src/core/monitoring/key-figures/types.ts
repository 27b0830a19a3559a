/** The Dashboard's key figures: each a value as of the workspace's "today", with a 12-week trend. */

export const KEY_FIGURE_IDS = [
  'stockValue',
  'weeksOfCover',
  'forecastAccuracy',
  'fillRate',
  'supplierOtif',
  'openPoValue',
  'overduePoLines',
] as const;
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

export type FigureUnit = 'money' | 'weeks' | 'percent' | 'count';

/** Which way of moving is good news: stock value down frees cash; cover has no good direction on its own. */
export type BetterWhen = 'up' | 'down' | 'neither';

export interface TrendPoint {
  /** The last day of the week the value stands for (or the day it was taken, for stock figures). */
  date: string;
  value: number | null;
}

/** A second number shown under the value (MASE beside accuracy, value beside overdue lines…). */
export interface FigureNote {
  kind: 'mase' | 'overdueValue' | 'lostUnits' | 'openLines' | 'judgedLines' | 'stockUnits';
  value: number | null;
  unit: FigureUnit;
}

export interface KeyFigure {
  id: KeyFigureId;
  unit: FigureUnit;
  value: number | null;
  /** The value one period (four weeks) earlier. */
  previous: number | null;
  /** value − previous (percentage points for percent figures); null when either is unknown. */
  change: number | null;
  betterWhen: BetterWhen;
  /** Twelve weekly points, oldest first, the last one standing for the current period. */
  trend: TrendPoint[];
  note: FigureNote | null;
  /** Where a figure came from when there is more than one way (accuracy: against actuals or the run's backtest). */
  basis: 'actuals' | 'backtest' | null;
  /** Message key of "How is this computed?", the same for the UI and the command line. */
  definitionKey: `dashboard.definition.${KeyFigureId}`;
}

export interface KeyFigures {
  /** The workspace's "today" (its data's as-of date); null when it has no dated data yet. */
  asOf: string | null;
  /** The day the previous period's values stand for (four weeks before asOf). */
  comparedWith: string | null;
  figures: KeyFigure[];
}
