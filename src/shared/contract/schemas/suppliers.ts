import { z } from 'zod';

const num = z.number().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** Due-date period of a scorecard; both default to the 365 days ending at the workspace's as-of date. */
export const supplierPeriodSchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const scoreComponentKeySchema = z.enum(['otif', 'fillRate', 'leadTime', 'quality']);
export type ScoreComponentKey = z.infer<typeof scoreComponentKeySchema>;
export const gradeSchema = z.enum(['A', 'B', 'C', 'D', 'E']);
export type Grade = z.infer<typeof gradeSchema>;

/** The metrics of one supplier, supplier-SKU, month or rolling window (rates 0–1; null = no data). */
export const supplierMetricsSchema = z.object({
  /** Lines due in the period (judged or not), their distinct POs and their value. */
  lines: z.number().int(),
  orders: z.number().int(),
  spend: z.number(),
  /** Judged lines = deliveries + overdue lines. */
  poLines: z.number().int(),
  deliveries: z.number().int(),
  overdueLines: z.number().int(),
  onTimeRate: num,
  inFullRate: num,
  otif: num,
  fillRate: num,
  leadTimeSamples: z.number().int(),
  leadTimeMean: num,
  leadTimeMedian: num,
  leadTimeSd: num,
  leadTimeP90: num,
  promisedLeadTime: num,
  /** Mean measured − promised lead time; positive = slower than promised. */
  leadTimeBias: num,
  leadTimeReliability: num,
  rejectionRate: num,
  priceVariance: num,
  /** Counts behind the rates: "37 of 45". */
  onTimeLines: z.number().int(),
  inFullLines: z.number().int(),
  otifLines: z.number().int(),
});
export type SupplierMetricsRow = z.infer<typeof supplierMetricsSchema>;

export const scoreComponentSchema = z.object({
  key: scoreComponentKeySchema,
  weight: z.number(),
  rate: num,
  evidence: z.number().int(),
  prior: num,
  shrunk: num,
  points: z.number(),
});

/** One row of the ranking grid. */
export const supplierScorecardRowSchema = supplierMetricsSchema.extend({
  supplierId: z.number().int(),
  code: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  category: z.string().nullable(),
  rank: z.number().int().nullable(),
  score: num,
  /** The supplier's own record alone, without shrinkage toward the category. */
  rawScore: num,
  grade: gradeSchema.nullable(),
  /** Fewer judged lines than the prior strength: the score leans on the category's. */
  lowData: z.boolean(),
  trendDelta: num,
  trendDirection: z.enum(['up', 'down', 'flat']).nullable(),
  components: z.array(scoreComponentSchema),
  openPoLines: z.number().int(),
  /** Balance still to come on open lines × unit cost. */
  openPoValue: z.number(),
  currency: z.string(),
});
export type SupplierScorecardRow = z.infer<typeof supplierScorecardRowSchema>;

/**
 * The scorecard settings' rules, stated once: the core validates with these schemas and the
 * settings drawer takes its limits and defaults from here. Weights are relative (they need not
 * sum to 100, but one must be above 0); the prior strength is the number of deliveries a supplier
 * needs before its own record counts as much as its category's.
 */
export const SCORECARD_LIMITS = {
  toleranceDays: { min: 0, max: 60 },
  weight: { min: 0, max: 1000 },
  priorStrength: { min: 0, max: 1000 },
} as const;
export const scoreWeightKeys = ['otif', 'fillRate', 'leadTime', 'quality'] as const;

const weight = z.number().min(SCORECARD_LIMITS.weight.min).max(SCORECARD_LIMITS.weight.max);
export const toleranceDaysSchema = z.number().int().min(SCORECARD_LIMITS.toleranceDays.min).max(SCORECARD_LIMITS.toleranceDays.max);
const priorStrength = z.number().min(SCORECARD_LIMITS.priorStrength.min).max(SCORECARD_LIMITS.priorStrength.max);
const weightsObject = z.object({ otif: weight, fillRate: weight, leadTime: weight, quality: weight }).strict();

export const scorecardWeightsSchema = weightsObject.refine((w) => w.otif + w.fillRate + w.leadTime + w.quality > 0, {
  message: 'at least one weight must be above 0',
});

export const scorecardSettingsSchema = z
  .object({
    toleranceDays: toleranceDaysSchema,
    weights: scorecardWeightsSchema,
    priorStrength,
    /** Replenishment plans with promised lead times (no spread) instead of the measured ones. */
    usePromisedLeadTimes: z.boolean(),
  })
  .strict();
export type ScorecardSettingsRow = z.infer<typeof scorecardSettingsSchema>;

/** A supplier pack forecasts this many weeks at most. */
export const MAX_PACK_WEEKS = 104;
export const packWeeksSchema = z.number().int().min(1).max(MAX_PACK_WEEKS);

export const DEFAULT_SCORECARD_SETTINGS: ScorecardSettingsRow = {
  toleranceDays: 0,
  weights: { otif: 40, fillRate: 25, leadTime: 20, quality: 15 },
  priorStrength: 10,
  usePromisedLeadTimes: false,
};

/** A change: only the fields (and weights) named change; the result is checked with the full schema. */
export const scorecardSettingsPatchSchema = z
  .object({
    toleranceDays: toleranceDaysSchema.optional(),
    weights: weightsObject.partial().strict().optional(),
    priorStrength: priorStrength.optional(),
    usePromisedLeadTimes: z.boolean().optional(),
  })
  .strict();

export const scorecardListSchema = z.object({
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  settings: scorecardSettingsSchema,
  suppliers: z.array(supplierScorecardRowSchema),
});
export type ScorecardList = z.infer<typeof scorecardListSchema>;

export const leadTimeBucketSchema = z.object({
  /** Lead times from `fromDays` up to and including `toDays`. */
  fromDays: z.number().int(),
  toDays: z.number().int(),
  count: z.number().int(),
});
export type LeadTimeBucket = z.infer<typeof leadTimeBucketSchema>;

export const supplierSkuRowSchema = supplierMetricsSchema.extend({
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
});
export type SupplierSkuRow = z.infer<typeof supplierSkuRowSchema>;

export const supplierDetailSchema = z.object({
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  settings: scorecardSettingsSchema,
  scorecard: supplierScorecardRowSchema,
  monthly: z.array(supplierMetricsSchema.extend({ month: z.string() })),
  leadTimeHistogram: z.array(leadTimeBucketSchema),
  rolling: z.object({ days90: supplierMetricsSchema, days365: supplierMetricsSchema }),
  skus: z.array(supplierSkuRowSchema),
});
export type SupplierDetailView = z.infer<typeof supplierDetailSchema>;

export const traceableMetricSchema = z.enum([
  'po_lines',
  'deliveries',
  'overdue',
  'on_time',
  'in_full',
  'otif',
  'fill_rate',
  'lead_time',
  'lead_time_reliability',
  'rejection_rate',
  'price_variance',
  'spend',
]);
export type TraceableMetricName = z.infer<typeof traceableMetricSchema>;

export const tracedLineSchema = z.object({
  lineId: z.number().int(),
  poNumber: z.string(),
  lineNo: z.number().int(),
  sku: z.string(),
  orderDate: z.string(),
  dueDate: z.string(),
  qtyOrdered: z.number(),
  unitCost: num,
  termsUnitCost: num,
  confirmedQty: num,
  confirmedDate: z.string().nullable(),
  status: z.string(),
  firstReceiptDate: z.string().nullable(),
  completeDate: z.string().nullable(),
  received: z.number(),
  rejected: z.number(),
  delivered: z.boolean(),
  overdue: z.boolean(),
  onTime: z.boolean(),
  inFull: z.boolean(),
  otif: z.boolean(),
  leadTimeDays: num,
  promisedLeadTimeDays: num,
  withinLeadWindow: z.boolean(),
  /** What this line adds to the metric's numerator and denominator. */
  numerator: z.number(),
  denominator: z.number(),
});
export type TracedLineRow = z.infer<typeof tracedLineSchema>;

export const metricTraceSchema = z.object({
  metric: traceableMetricSchema,
  kind: z.enum(['rate', 'mean', 'count', 'sum']),
  supplierId: z.number().int(),
  productId: z.number().int().nullable(),
  month: z.string().nullable(),
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  toleranceDays: z.number().int(),
  value: num,
  numerator: z.number(),
  denominator: z.number(),
  lines: z.array(tracedLineSchema),
  receipts: z.array(
    z.object({
      id: z.number().int(),
      poLineId: z.number().int(),
      receiptDate: z.string(),
      qtyReceived: z.number(),
      qtyRejected: z.number(),
      reference: z.string().nullable(),
    }),
  ),
});
export type MetricTraceView = z.infer<typeof metricTraceSchema>;

export const leadTimeProfileSchema = z.object({
  supplierId: z.number().int(),
  productId: z.number().int().nullable(),
  source: z.enum(['measured', 'promised']),
  samples: z.number().int(),
  meanDays: z.number(),
  sdDays: z.number(),
  p50Days: z.number(),
  p90Days: z.number(),
  p95Days: z.number(),
  promisedDays: num,
  biasDays: num,
  fillRate: z.number(),
});

export const leadTimeTableSchema = z.object({
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  usePromised: z.boolean(),
  suppliers: z.array(leadTimeProfileSchema),
  skus: z.array(leadTimeProfileSchema),
});

export const supplierOptionSchema = z.object({
  supplierId: z.number().int(),
  supplierCode: z.string(),
  supplierName: z.string(),
  isPrimary: z.boolean(),
  unitCost: z.number(),
  currency: z.string(),
  moq: z.number(),
  orderMultiple: z.number(),
  promisedLeadTimeDays: z.number(),
  onTimeRate: z.number(),
  fillRate: z.number(),
  skuEvidence: z.number().int(),
  supplierEvidence: z.number().int(),
  leadTimeDays: z.number(),
  leadTimeSource: z.enum(['measured', 'promised']),
  adjustedCost: z.number(),
});

export const supplierRecommendationSchema = z.object({
  productId: z.number().int(),
  sku: z.string(),
  recommended: supplierOptionSchema.nullable(),
  options: z.array(supplierOptionSchema),
  mixedCurrencies: z.boolean(),
});
export type SupplierRecommendationRow = z.infer<typeof supplierRecommendationSchema>;

export const confirmationProblemSchema = z.object({
  /** The file's row number (the header is row 1). */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});

export const confirmationImportSchema = z.object({
  file: z.string(),
  rows: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  changes: z.array(
    z.object({
      row: z.number().int(),
      poNumber: z.string(),
      lineNo: z.number().int(),
      sku: z.string(),
      before: z.object({ confirmedQty: num, confirmedDate: z.string().nullable() }),
      after: z.object({ confirmedQty: num, confirmedDate: z.string().nullable() }),
    }),
  ),
});
export type ConfirmationImportResult = z.infer<typeof confirmationImportSchema>;
