import { z } from 'zod';

/** Every kind of alert; stale-data kinds rank first because they make every other figure wrong. */
export const alertKinds = [
  'staleStock',
  'staleSales',
  'stalePurchaseOrders',
  'stockout',
  'belowReorderPoint',
  'poOverdue',
  'poConfirmedLate',
  'excessStock',
  'deadStock',
  'forecastBias',
  'supplierOtif',
  'transferSaves',
  'expeditePays',
] as const;
export const alertKindSchema = z.enum(alertKinds);
export type AlertKind = z.infer<typeof alertKindSchema>;
export const STALE_KINDS: readonly AlertKind[] = ['staleStock', 'staleSales', 'stalePurchaseOrders'];

export const alertPriorities = ['high', 'medium', 'low'] as const;
export const alertPrioritySchema = z.enum(alertPriorities);
export type AlertPriority = z.infer<typeof alertPrioritySchema>;

export const alertStatuses = ['open', 'acknowledged', 'snoozed', 'resolved'] as const;
export const alertStatusSchema = z.enum(alertStatuses);
export type AlertStatus = z.infer<typeof alertStatusSchema>;

/** How the money at stake was computed: the UI words each method in both languages. */
export const moneyMethods = [
  'marginLost',
  'marginAtRisk',
  'excessValue',
  /** Holding cost until the excess sells plus the clearance loss on what the year ahead will not sell. */
  'excessCost',
  'stockValue',
  'overForecastCost',
  'underForecastMargin',
  'openPoValue',
  'transferSaving',
  'expediteSaving',
] as const;
export const moneyMethodSchema = z.enum(moneyMethods);
export type MoneyMethod = z.infer<typeof moneyMethodSchema>;

/** What an alert is about: any of a SKU-location, a PO, a supplier (or the workspace for stale data). */
export const alertEntitySchema = z.object({
  productId: z.number().int().optional(),
  sku: z.string().optional(),
  productName: z.string().optional(),
  locationId: z.number().int().optional(),
  location: z.string().optional(),
  poNumber: z.string().optional(),
  poLines: z.number().int().optional(),
  supplierId: z.number().int().optional(),
  supplierCode: z.string().optional(),
  supplierName: z.string().optional(),
});
export type AlertEntity = z.infer<typeof alertEntitySchema>;

/** The why as data: numbers and dates the UI puts into its own sentence, never a stored sentence. */
export const alertFactsSchema = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));
export type AlertFacts = z.infer<typeof alertFactsSchema>;

export const alertRowSchema = z.object({
  id: z.number().int(),
  key: z.string(),
  kind: alertKindSchema,
  priority: alertPrioritySchema,
  status: alertStatusSchema,
  money: z.number(),
  currency: z.string(),
  moneyMethod: moneyMethodSchema,
  entity: alertEntitySchema,
  facts: alertFactsSchema,
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** The day it was last raised: first seen, reopened, or back from acknowledged because its money grew. */
  raisedOn: z.string(),
  snoozedUntil: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  note: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  reopenCount: z.number().int(),
});
export type AlertRow = z.infer<typeof alertRowSchema>;

export const alertFilterSchema = z
  .object({
    kinds: z.array(alertKindSchema).max(alertKinds.length).optional(),
    priorities: z.array(alertPrioritySchema).max(3).optional(),
    /** Default: open only. */
    statuses: z.array(alertStatusSchema).max(4).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    /** Also the alerts under the materiality minimum ("show all"). */
    all: z.boolean().optional(),
    /** Also the alerts a plan line already answers (they are not open work). */
    includeCovered: z.boolean().optional(),
  })
  .strict();
export type AlertFilter = z.infer<typeof alertFilterSchema>;

export const alertListSchema = z.object({
  /** The workspace's "today" the alerts were computed for. */
  today: z.string(),
  refreshedAt: z.string().nullable(),
  currency: z.string(),
  /** Rows matching the filter, before the limit and the minimum money. */
  total: z.number().int(),
  /** Rows left out because their money is below the minimum to show (materiality, see `minMoney`). */
  belowMinimum: z.number().int(),
  /** The minimum money at stake shown: the larger of the setting `minMoney` and `materialityPct` of a week's gross margin. */
  minMoney: z.number(),
  /** Rows left out because a plan line already answers them (ask with includeCovered). */
  covered: z.number().int(),
  rows: z.array(alertRowSchema),
});
export type AlertList = z.infer<typeof alertListSchema>;

export const alertCountsSchema = z.object({
  today: z.string(),
  refreshedAt: z.string().nullable(),
  currency: z.string(),
  byStatus: z.record(alertStatusSchema, z.number().int()),
  /** Open alerts shown (at or above the minimum money). */
  byPriority: z.record(alertPrioritySchema, z.number().int()),
  byKind: z.record(alertKindSchema, z.number().int()),
  openMoney: z.number(),
  newToday: z.number().int(),
  /** Open alerts a plan line already answers: not counted as open work above. */
  covered: z.number().int(),
  /** Open alerts under the materiality minimum: not counted above. */
  belowMinimum: z.number().int(),
});
export type AlertCounts = z.infer<typeof alertCountsSchema>;

export const alertSettingsSchema = z
  .object({
    /** Excess stock: on hand above this many weeks of forecast demand. */
    excessWeeks: z.number().min(1).max(520),
    /** Dead stock: stock on hand and no sales for this many days. */
    deadDays: z.number().int().min(7).max(3650),
    /** Forecast bias: over/under-forecast beyond this percent over the backtest periods. */
    biasPct: z.number().min(1).max(500),
    /** Supplier OTIF: a drop of more than this many points, last 90 days against the 90 before. */
    otifDropPoints: z.number().min(1).max(100),
    /** …with at least this many judged deliveries in each window, so noise does not alert. */
    otifMinDeliveries: z.number().int().min(1).max(10_000),
    /** Stale data: newest stock snapshot, sales day and purchase order/receipt older than these many days. */
    staleStockDays: z.number().int().min(1).max(365),
    staleSalesDays: z.number().int().min(1).max(365),
    stalePurchaseOrderDays: z.number().int().min(1).max(365),
    /** Alerts with less money at stake are kept but not shown (stale data is always shown). */
    minMoney: z.number().min(0),
    /** …nor those under this percent of the business's average weekly gross margin (materiality). */
    materialityPct: z.number().min(0).max(100),
    /** Money at stake from which an alert is high priority (a fifth of it makes medium). */
    highMoney: z.number().min(1),
    /** Days a snooze lasts when no date is given. */
    snoozeDays: z.number().int().min(1).max(365),
  })
  .strict();
export type AlertSettings = z.infer<typeof alertSettingsSchema>;
export const alertSettingsPatchSchema = alertSettingsSchema.partial().strict();

/** A new high-priority alert as the notification shows it. */
export const alertNoticeSchema = z.object({
  id: z.number().int(),
  kind: alertKindSchema,
  priority: alertPrioritySchema,
  money: z.number(),
  currency: z.string(),
  entity: alertEntitySchema,
});
export type AlertNotice = z.infer<typeof alertNoticeSchema>;

export const alertRefreshSummarySchema = z.object({
  today: z.string(),
  seconds: z.number(),
  detected: z.number().int(),
  byKind: z.record(alertKindSchema, z.number().int()),
  inserted: z.number().int(),
  updated: z.number().int(),
  reopened: z.number().int(),
  resolved: z.number().int(),
  newHigh: z.array(alertNoticeSchema),
  /** Milliseconds per step (reading, each detector, saving), for benchmarks and slow-refresh reports. */
  stepsMs: z.record(z.string(), z.number()),
});
export type AlertRefreshSummary = z.infer<typeof alertRefreshSummarySchema>;
