import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** Why an item is recommended: a kind the UI words in its language, plus the figures behind it. */
export const recommendReasonSchema = z
  .object({ kind: z.enum(['repeat', 'cycle', 'co-purchase', 'similar-customers', 'trending', 'model', 'popular', 'attribute']) })
  .catchall(z.unknown());
export type RecommendReasonWire = z.infer<typeof recommendReasonSchema>;

export const recommendRunSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  asOf: isoDate,
  topN: z.number().int(),
  lines: z.number().int(),
  orders: z.number().int(),
  customers: z.number().int(),
  skus: z.number().int(),
  seconds: z.number(),
});
export type RecommendRun = z.infer<typeof recommendRunSchema>;

/** What the workspace holds for recommendations: enough order lines with customers, and the newest run. */
export const recommendStatusSchema = z.object({
  orderLines: z.number().int(),
  linesWithCustomer: z.number().int(),
  customers: z.number().int(),
  run: recommendRunSchema.nullable(),
});
export type RecommendStatus = z.infer<typeof recommendStatusSchema>;

export const recommendCustomerSchema = z.object({
  customerId: z.string(),
  orders: z.number().int(),
  units: z.number(),
  skus: z.number().int(),
  firstDay: isoDate,
  lastDay: isoDate,
  topSku: z.string().nullable(),
});
export type RecommendCustomer = z.infer<typeof recommendCustomerSchema>;

export const recommendedItemSchema = z.object({
  rank: z.number().int(),
  sku: z.string(),
  name: z.string().nullable(),
  score: z.number(),
  reason: recommendReasonSchema,
});
export type RecommendedItem = z.infer<typeof recommendedItemSchema>;

export const purchaseSchema = z.object({ orderId: z.string(), date: isoDate, sku: z.string(), name: z.string().nullable(), qty: z.number() });

export const customerDetailSchema = z.object({
  customerId: z.string(),
  history: z.array(purchaseSchema),
  recommendations: z.array(recommendedItemSchema),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const boughtTogetherRowSchema = z.object({
  sku: z.string(),
  otherSku: z.string(),
  otherName: z.string().nullable(),
  orders: z.number().int(),
  support: z.number(),
  confidence: z.number(),
  lift: z.number(),
});
export type BoughtTogetherRow = z.infer<typeof boughtTogetherRowSchema>;

export const launchAudienceSchema = z.object({
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  launchDate: isoDate.nullable(),
  expectedBuyers: z.number(),
  audienceSize: z.number().int(),
  basis: z.record(z.string(), z.unknown()),
  customers: z.array(z.object({ customerId: z.string(), score: z.number(), reason: recommendReasonSchema })),
});
export type LaunchAudience = z.infer<typeof launchAudienceSchema>;

export const segmentMetricsSchema = z.object({
  segment: z.string(),
  customers: z.number().int(),
  methods: z.array(z.object({ method: z.string(), hitRate: z.number(), recall: z.number(), ndcg: z.number() })),
});
export const recommendAccuracySchema = z.object({
  topN: z.number().int(),
  segments: z.array(segmentMetricsSchema),
});
export type RecommendAccuracy = z.infer<typeof recommendAccuracySchema>;

export const campaignAudienceKindSchema = z.enum(['recommended', 'list', 'size']);

export const campaignSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  productId: z.number().int(),
  sku: z.string(),
  locationId: z.number().int().nullable(),
  startDate: isoDate,
  windowDays: z.number().int(),
  audienceKind: campaignAudienceKindSchema,
  audienceSize: z.number().int(),
  conversion: z.number(),
  conversionSource: z.enum(['entered', 'learnt']),
  unitsPerBuyer: z.number(),
  expectedBuyers: z.number(),
  expectedUnits: z.number(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignInputSchema = z
  .object({
    name: z.string().trim().min(1, 'give the campaign a name').max(120),
    sku: z.string().trim().min(1, 'choose a SKU'),
    locationId: z.number().int().nullable().optional(),
    startDate: isoDate,
    windowDays: z.number().int().min(1).max(90).optional(),
    audienceKind: campaignAudienceKindSchema,
    /** 'list': the customer ids; 'size': ignored. */
    customers: z.array(z.string().trim().min(1)).max(100_000).optional(),
    /** 'size': how many customers are reached; 'recommended': at most this many (default all). */
    audienceSize: z.number().int().min(1).max(10_000_000).optional(),
    /** Expected share of the audience who buy (0–1); omitted = learnt from past campaigns. */
    conversion: z.number().min(0).max(1).optional(),
    unitsPerBuyer: z.number().positive().max(10_000).optional(),
    notes: z.string().max(500).nullable().optional(),
  })
  .strict();
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const learntConversionSchema = z.object({
  conversion: z.number().nullable(),
  campaigns: z.number().int(),
  spread: z.number().nullable(),
});
export type LearntConversion = z.infer<typeof learntConversionSchema>;

export const recommendExportKindSchema = z.enum(['customers', 'bought-together', 'launch']);
export type RecommendExportKind = z.infer<typeof recommendExportKindSchema>;
