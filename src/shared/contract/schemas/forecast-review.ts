import { z } from 'zod';
import { accuracyRowSchema, forecastRunSchema } from './forecast';

const num = z.number().nullable();

/** Did the planners' overrides help? Errors of the overridden vs the original forecast where an override applied. */
export const overrideValueSchema = z.object({
  buckets: z.number().int(),
  series: z.number().int(),
  improved: z.number().int(),
  worsened: z.number().int(),
  unchanged: z.number().int(),
  maeOriginal: num,
  maeOverridden: num,
  /** 1 − MAE(overridden) / MAE(original): positive = the overrides cut the error. */
  valueAdded: num,
});

/** A run scored against what sold after it. */
export const actualsReportSchema = z.object({
  runId: z.number().int(),
  /** Periods after the run's history that have since ended; 0 = nothing to score yet. */
  buckets: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(accuracyRowSchema),
  overrides: overrideValueSchema,
  /** The figures on the buckets overlapping each event of the calendar, then (key "(none)") on the buckets outside every event. */
  events: z.array(accuracyRowSchema.extend({ nameEn: z.string(), nameZh: z.string() })),
});
export type ActualsReport = z.infer<typeof actualsReportSchema>;

export const runCompareRowSchema = z.object({
  productId: z.number().int(),
  sku: z.string(),
  locationId: z.number().int(),
  location: z.string(),
  totalA: num,
  totalB: num,
  diffPct: num,
  methodA: z.string().nullable(),
  methodB: z.string().nullable(),
  methodChanged: z.boolean(),
  classA: z.string().nullable(),
  classB: z.string().nullable(),
});
export type RunCompareRow = z.infer<typeof runCompareRowSchema>;

/** Two runs per series over the periods both forecast. */
export const runComparisonSchema = z.object({
  runA: forecastRunSchema,
  runB: forecastRunSchema,
  from: z.string(),
  to: z.string(),
  sameFrequency: z.boolean(),
  summary: z.object({
    inBoth: z.number().int(),
    onlyA: z.number().int(),
    onlyB: z.number().int(),
    totalA: z.number(),
    totalB: z.number(),
    diffPct: num,
    methodChanged: z.number().int(),
  }),
  rows: z.array(runCompareRowSchema),
});
export type RunComparison = z.infer<typeof runComparisonSchema>;

/** A global TensorFlow.js model trained on this workspace's sales. */
export const globalModelInfoSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  frequency: z.enum(['day', 'week', 'month']),
  horizon: z.number().int(),
  historyTo: z.string(),
  trainedSeries: z.number().int(),
  seconds: z.number(),
  epochs: z.number().int(),
});
export type GlobalModelInfo = z.infer<typeof globalModelInfoSchema>;
