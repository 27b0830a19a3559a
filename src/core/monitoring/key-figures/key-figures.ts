import type Database from 'better-sqlite3';
import type { LineFacts } from '../../suppliers/line-facts';
import { readScorecardSettings } from '../../suppliers/settings';
import { memoByDataVersion } from '../../db/connection-memo';
import { emptyFigure } from './figure';
import { fillRateFigure } from './fill-rate';
import { forecastAccuracyFigure } from './forecast-accuracy';
import { openPoValueFigure } from './open-po-value';
import { overduePoLinesFigure } from './overdue-po-lines';
import { openBalancesOn, poTimeline } from './po-timeline';
import { readSkuWeeks } from './sku-weeks';
import { stockHistory } from './stock-history';
import { stockValueFigure } from './stock-value';
import { otifLineFacts, supplierOtifFigure } from './supplier-otif';
import { figureInputs, markMissingInputs, type FigureInputs } from './missing-inputs';
import { KEY_FIGURE_IDS, type KeyFigure, type KeyFigureId, type KeyFigures } from './types';
import { weeklyDemand } from './weekly-demand';
import { weeksOfCoverFigure } from './weeks-of-cover';
import { dataToday, WeekGrid } from './week-grid';

/** Every figure but the suppliers' OTIF, which is computed from the PO lines due in its window. */
export interface WorkspaceFigures {
  asOf: string | null;
  comparedWith: string | null;
  figures: KeyFigure[];
  /** What the workspace holds of the figures' inputs; null without dated data. */
  inputs: FigureInputs | null;
}

/** The whole-workspace reads behind six of the seven figures: run in the read worker, kept while the data stands. */
export const workspaceFigures: (db: Database.Database) => WorkspaceFigures = memoByDataVersion(computeWorkspaceFigures);

function computeWorkspaceFigures(db: Database.Database): WorkspaceFigures {
  const today = dataToday(db);
  if (!today) return { asOf: null, comparedWith: null, figures: [], inputs: null };
  const grid = new WeekGrid(today);
  const skus = readSkuWeeks(db, grid);
  const stock = stockHistory(db, grid, skus);
  const demand = weeklyDemand(grid, skus);
  const timeline = poTimeline(db, grid);
  const balances = openBalancesOn(timeline, Array.from({ length: grid.lastWeek + 1 }, (_, k) => grid.endDay(k)));
  const inputs = figureInputs(db, today);
  return {
    asOf: today,
    comparedWith: grid.endIso(grid.previousWeek),
    figures: [
      stockValueFigure(grid, stock),
      weeksOfCoverFigure(grid, stock, demand),
      forecastAccuracyFigure(db, grid),
      fillRateFigure(grid, demand),
      openPoValueFigure(grid, balances),
      overduePoLinesFigure(grid, balances),
    ].map((figure) => markMissingInputs(figure, inputs)),
    inputs,
  };
}

/** Adds the suppliers' OTIF and puts the figures in their order; a workspace without data gets empty figures. */
export function withSupplierOtif(base: WorkspaceFigures, facts: LineFacts | null, toleranceDays: number): KeyFigures {
  const byId = new Map<KeyFigureId, KeyFigure>(base.figures.map((f) => [f.id, f]));
  if (base.asOf && facts) {
    const otif = supplierOtifFigure(new WeekGrid(base.asOf), facts, toleranceDays);
    byId.set('supplierOtif', base.inputs ? markMissingInputs(otif, base.inputs) : otif);
  }
  return {
    asOf: base.asOf,
    comparedWith: base.comparedWith,
    figures: KEY_FIGURE_IDS.map((id) => byId.get(id) ?? emptyFigure(id, EMPTY_UNITS[id].unit, EMPTY_UNITS[id].betterWhen)),
  };
}

/** All seven on one connection (the read worker, the command line, tests), kept while the data stands. */
export const computeKeyFigures: (db: Database.Database) => KeyFigures = memoByDataVersion((db) => {
  const base = workspaceFigures(db);
  const facts = base.asOf ? otifLineFacts(db, new WeekGrid(base.asOf)) : null;
  return withSupplierOtif(base, facts, readScorecardSettings(db).toleranceDays);
});

const EMPTY_UNITS: Record<KeyFigureId, Pick<KeyFigure, 'unit' | 'betterWhen'>> = {
  stockValue: { unit: 'money', betterWhen: 'down' },
  weeksOfCover: { unit: 'weeks', betterWhen: 'neither' },
  forecastAccuracy: { unit: 'percent', betterWhen: 'up' },
  fillRate: { unit: 'percent', betterWhen: 'up' },
  supplierOtif: { unit: 'percent', betterWhen: 'up' },
  openPoValue: { unit: 'money', betterWhen: 'neither' },
  overduePoLines: { unit: 'count', betterWhen: 'down' },
};
