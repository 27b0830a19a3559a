import { z } from 'zod';
import { channel, none } from './channel';
import { exportedFileSchema } from './schemas/files';
import {
  boughtTogetherRowSchema,
  campaignInputSchema,
  campaignSchema,
  customerDetailSchema,
  launchAudienceSchema,
  learntConversionSchema,
  recommendAccuracySchema,
  recommendCustomerSchema,
  recommendExportKindSchema,
  recommendStatusSchema,
} from './schemas/recommend';

const pairFilter = z
  .object({
    sku: z.string().trim().min(1).optional(),
    /** Least share of all orders holding both SKUs (0–1). */
    minSupport: z.number().min(0).max(1).optional(),
    minOrders: z.number().int().min(0).optional(),
  })
  .strict();

/** Recommendation channels (`recommend:*`): runs as jobs, the newest run's lists, campaigns that feed the plan, exports. */
export const recommendChannels = {
  /** Order lines with customers in the workspace, and the newest run (null before the first). */
  'recommend:status': channel(none, recommendStatusSchema),
  /** Fits the recommender and stores a run, as a job (progress, cancel). */
  'recommend:start': channel(z.object({ topN: z.number().int().min(1).max(100).optional() }).strict().optional(), z.object({ jobId: z.string() })),
  'recommend:customers': channel(none, z.array(recommendCustomerSchema)),
  'recommend:customer': channel(z.object({ customerId: z.string().min(1) }).strict(), customerDetailSchema),
  'recommend:boughtTogether': channel(pairFilter.optional(), z.array(boughtTogetherRowSchema)),
  'recommend:pairedSkus': channel(none, z.array(z.object({ sku: z.string(), name: z.string().nullable(), pairs: z.number().int() }))),
  'recommend:launch': channel(none, z.array(launchAudienceSchema)),
  /** The newest run's backtest (null when it was not run). */
  'recommend:accuracy': channel(none, recommendAccuracySchema.nullable()),
  'recommend:campaigns': channel(none, z.array(campaignSchema)),
  /** The conversion past campaigns with a customer list achieved (null when none has finished). */
  'recommend:learntConversion': channel(none, learntConversionSchema),
  'recommend:addCampaign': channel(campaignInputSchema, campaignSchema),
  'recommend:updateCampaign': channel(z.object({ id: z.number().int(), campaign: campaignInputSchema }).strict(), campaignSchema),
  'recommend:removeCampaign': channel(z.object({ id: z.number().int() }).strict(), campaignSchema),
  /** One list for the platform (docs/recommend-export-format.md) into the exports folder. */
  'recommend:export': channel(
    z.object({ kind: recommendExportKindSchema, format: z.enum(['csv', 'xlsx', 'json']), minSupport: z.number().min(0).max(1).optional() }).strict(),
    exportedFileSchema,
  ),
} as const;
