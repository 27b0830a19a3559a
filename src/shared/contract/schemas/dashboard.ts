import { z } from 'zod';

export const keyFigureIdSchema = z.enum([
  'stockValue',
  'weeksOfCover',
  'forecastAccuracy',
  'fillRate',
  'supplierOtif',
  'openPoValue',
  'overduePoLines',
]);
export type KeyFigureId = z.infer<typeof keyFigureIdSchema>;

const figureUnitSchema = z.enum(['money', 'weeks', 'percent', 'count']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const keyFigureSchema = z.object({
  id: keyFigureIdSchema,
  unit: figureUnitSchema,
  value: z.number().nullable(),
  /** The value four weeks earlier (the previous period). */
  previous: z.number().nullable(),
  /** value − previous; percentage points for percent figures. */
  change: z.number().nullable(),
  /** Which direction is good news; 'neither' for figures where both extremes are bad. */
  betterWhen: z.enum(['up', 'down', 'neither']),
  /** Twelve weekly points, oldest first; empty when the workspace has no dated data. */
  trend: z.array(z.object({ date: isoDate, value: z.number().nullable() })),
  note: z
    .object({
      kind: z.enum(['mase', 'overdueValue', 'lostUnits', 'openLines', 'judgedLines', 'stockUnits']),
      value: z.number().nullable(),
      unit: figureUnitSchema,
    })
    .nullable(),
  basis: z.enum(['actuals', 'backtest']).nullable(),
  /**
   * Why the figure has no value, when it lacks an input: never a reassuring number without it.
   * `stock`: no stock snapshot imported; `purchaseOrders`: no purchase orders imported; `forecastRun`:
   * no forecast yet; `salesAfterRun`: accuracy waits for sales after `after` (the run's last history day).
   */
  missing: z
    .object({ need: z.enum(['stock', 'purchaseOrders', 'forecastRun', 'salesAfterRun']), after: isoDate.nullable() })
    .nullable(),
  /** Message key of the figure's "How is this computed?". */
  definitionKey: z.templateLiteral(['dashboard.definition.', keyFigureIdSchema]),
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const keyFiguresSchema = z.object({
  /** The workspace's "today": its data's as-of date; null when it has no dated data yet. */
  asOf: isoDate.nullable(),
  comparedWith: isoDate.nullable(),
  figures: z.array(keyFigureSchema),
});
export type KeyFigures = z.infer<typeof keyFiguresSchema>;
