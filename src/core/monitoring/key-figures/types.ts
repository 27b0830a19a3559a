/**
 * The Dashboard's key figures: each a value as of the workspace's "today", with a 12-week trend.
 * The types are the contract's (schemas/dashboard.ts), so core and UI cannot drift apart.
 */
import { keyFigureIdSchema, type KeyFigure } from '../../../shared/contract/schemas/dashboard';

export type { KeyFigure, KeyFigureId, KeyFigures } from '../../../shared/contract/schemas/dashboard';

export const KEY_FIGURE_IDS = keyFigureIdSchema.options;

export type FigureUnit = KeyFigure['unit'];
/** Which way of moving is good news: stock value down frees cash; cover has no good direction on its own. */
export type BetterWhen = KeyFigure['betterWhen'];
export type TrendPoint = KeyFigure['trend'][number];
/** A second number shown under the value (MASE beside accuracy, value beside overdue lines…). */
export type FigureNote = NonNullable<KeyFigure['note']>;
