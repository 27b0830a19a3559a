import { z } from 'zod';

const profile = z.object({
  class: z.enum(['smooth', 'erratic', 'intermittent', 'lumpy', 'new', 'zero']),
  adi: z.number(),
  cv2: z.number(),
  /** Season length when a seasonal pattern was found, else null. */
  season: z.number().int().nullable(),
});

/**
 * Why a series got its forecast, as data, so the UI can say it in the user's language.
 * The engine's English sentence for the same reason is `reasonText` in core.
 */
export const forecastReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('noHistory') }),
  z.object({ kind: z.literal('noDemand'), profile }),
  z.object({ kind: z.literal('shortHistory'), profile, periods: z.number().int() }),
  z.object({ kind: z.literal('untested'), profile, method: z.enum(['combo', 'intermittentCombo']) }),
  z.object({
    kind: z.literal('backtest'),
    profile,
    method: z.string(),
    origins: z.number().int(),
    horizon: z.number().int(),
    metric: z.enum(['MASE', 'RMSSE']),
    score: z.number().nullable(),
    reference: z.object({ method: z.string(), score: z.number().nullable() }).nullable(),
  }),
  z.object({
    kind: z.literal('analogues'),
    analogues: z.number().int(),
    /** Analogues whose launch curve (same season) was used. */
    launchCurves: z.number().int(),
    basis: z.enum(['launchPlan', 'firstSales', 'analogueLevel']),
    /** Periods of own sales the scale came from. */
    observed: z.number().int(),
    /** Periods until launch; 0 once launched. */
    launchIn: z.number().int(),
    frequency: z.enum(['day', 'week', 'month']),
  }),
  z.object({ kind: z.literal('noAnalogues'), fallback: z.enum(['ownMean', 'launchPlan', 'zero']) }),
  /** Runs stored before reasons were data keep their English sentence. */
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type ForecastReason = z.infer<typeof forecastReasonSchema>;
export type ReasonProfile = z.infer<typeof profile>;
