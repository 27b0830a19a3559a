import { z } from 'zod';
import { forecastReasonSchema } from './forecast-reason';

const num = z.number().nullable();
export const frequencySchema = z.enum(['day', 'week', 'month']);
/** Forecast per location, or for all locations together. */
export const forecastLocationsSchema = z.enum(['each', 'total']);
/** The longest horizon a run may forecast, in buckets of its frequency. */
export const MAX_FORECAST_HORIZON = 400;
export const forecastHorizonSchema = z.number().int().min(1).max(MAX_FORECAST_HORIZON);

export const forecastRunSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  frequency: frequencySchema,
  horizon: z.number().int(),
  locations: forecastLocationsSchema,
  historyFrom: z.string(),
  historyTo: z.string(),
  status: z.string(),
  seconds: num,
  seriesCount: z.number().int(),
  /** An incremental run (a refresh): the run it was derived from. */
  parentRunId: z.number().int().nullable().optional(),
});
export type ForecastRun = z.infer<typeof forecastRunSchema>;

/** One row of the Forecasts grid: a SKU at a location (0 = all locations) in one run. */
export const forecastGridRowSchema = z.object({
  productId: z.number().int(),
  locationId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  supplier: z.string().nullable(),
  location: z.string(),
  demandClass: z.string(),
  method: z.string(),
  coldStart: z.boolean(),
  /** Buckets of history the forecast was made from. */
  historyBuckets: z.number().int(),
  /** Less than a year of history: the band was widened and the season may be its category's. */
  shortHistory: z.boolean(),
  mase: num,
  snaiveMase: num,
  wape: num,
  bias: num,
  coverage: num,
  /** Units over the whole horizon (after overrides). */
  totalUnits: z.number(),
  /** Forecast revenue over the horizon at list price: what is at stake if the forecast is wrong. */
  moneyAtStake: z.number(),
  /** Mean forecast of the first buckets, after overrides. */
  next: z.array(z.number()),
  overridden: z.boolean(),
});
export type ForecastGridRow = z.infer<typeof forecastGridRowSchema>;

export const forecastPointSchema = z.object({
  date: z.string(),
  mean: z.number(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  p99: z.number(),
  /** The run's own mean before any override. */
  originalMean: z.number(),
  overridden: z.boolean(),
  /** Units recommendation campaigns add to this bucket (included in mean and the band). */
  campaignUnits: z.number(),
});

export const historyPointSchema = z.object({
  /** Last day of the bucket. */
  date: z.string(),
  units: z.number(),
  /** Share of the bucket's location-days that were out of stock (0–1): shown greyed. */
  stockoutShare: z.number(),
  promo: z.boolean(),
});

export const forecastOverrideSchema = z.object({
  id: z.number().int(),
  productId: z.number().int(),
  locationId: z.number().int().nullable(),
  fromDate: z.string(),
  toDate: z.string(),
  kind: z.enum(['set', 'percent']),
  value: z.number(),
  valuePer: frequencySchema.nullable(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  active: z.boolean(),
});
export type ForecastOverrideRow = z.infer<typeof forecastOverrideSchema>;

export const forecastDetailSchema = z.object({
  row: forecastGridRowSchema,
  history: z.array(historyPointSchema),
  forecast: z.array(forecastPointSchema),
  overrides: z.array(forecastOverrideSchema),
  analogues: z.array(z.object({ sku: z.string(), reasons: z.array(z.string()), scale: z.number() })),
  reason: forecastReasonSchema,
  /** Recommendation campaigns planned for this SKU (their demand is in the forecast). */
  campaigns: z.array(z.object({ id: z.number().int(), name: z.string(), startDate: z.string(), windowDays: z.number().int(), expectedUnits: z.number(), expectedBuyers: z.number() })),
  /** The launch audience's expected buyers, when a recommendation run found one for this new SKU. */
  launchSignal: z.object({ expectedBuyers: z.number(), audienceSize: z.number().int(), asOf: z.string() }).nullable(),
});
export type ForecastDetail = z.infer<typeof forecastDetailSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const overrideInputSchema = z
  .object({
    productId: z.number().int(),
    locationId: z.number().int().nullable().optional(),
    fromDate: isoDate,
    toDate: isoDate,
    kind: z.enum(['set', 'percent']),
    value: z.number(),
    valuePer: frequencySchema.optional(),
    reason: z.string().trim().min(1, 'say why the forecast is changed'),
  })
  .strict();

const metrics = z.object({ mase: num, rmsse: num, wape: num, bias: num, pinball: num, coverage: num });
export const accuracyRowSchema = z.object({
  key: z.string(),
  series: z.number().int(),
  points: z.number(),
  model: metrics,
  snaive: metrics,
  relativeMase: num,
});
export const accuracyGroupSchema = z.enum(['sku', 'category', 'brand', 'method', 'class', 'location', 'all']);
export type AccuracyGroup = z.infer<typeof accuracyGroupSchema>;

/** Whether a run uses the global model: auto (trained in the run when the data allows and none fits, else the stored one), on, off. */
export const globalChoiceSchema = z.enum(['auto', 'on', 'off']);
export type GlobalChoice = z.infer<typeof globalChoiceSchema>;
