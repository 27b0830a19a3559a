import type { BetterWhen, FigureNote, FigureUnit, KeyFigure, KeyFigureId, TrendPoint } from './types';
import { TREND_WEEKS, type WeekGrid } from './week-grid';

export interface FigureParts {
  unit: FigureUnit;
  betterWhen: BetterWhen;
  value: number | null;
  previous: number | null;
  /** One value per week of the grid, oldest first. */
  weekly: readonly (number | null)[];
  note?: FigureNote | null;
  basis?: KeyFigure['basis'];
}

/** Assembles a figure: the change against the previous period and the dated trend points. */
export function keyFigure(id: KeyFigureId, grid: WeekGrid, parts: FigureParts): KeyFigure {
  const trend: TrendPoint[] = [];
  for (let k = 0; k < TREND_WEEKS; k++) trend.push({ date: grid.endIso(k), value: finiteOrNull(parts.weekly[k]) });
  const value = finiteOrNull(parts.value);
  const previous = finiteOrNull(parts.previous);
  return {
    id,
    unit: parts.unit,
    value,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    betterWhen: parts.betterWhen,
    trend,
    note: parts.note ?? null,
    basis: parts.basis ?? null,
    missing: null,
    definitionKey: `dashboard.definition.${id}`,
  };
}

/** A figure of a workspace with no dated data: nothing to show, said plainly (null), never zero. */
export function emptyFigure(id: KeyFigureId, unit: FigureUnit, betterWhen: BetterWhen): KeyFigure {
  return { id, unit, value: null, previous: null, change: null, betterWhen, trend: [], note: null, basis: null, missing: null, definitionKey: `dashboard.definition.${id}` };
}

export function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : null;
}

/** a ÷ b, or null when b is not positive. */
export function ratioOrNull(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}
