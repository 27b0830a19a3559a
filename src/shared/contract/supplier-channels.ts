import { z } from 'zod';
import { channel, none } from './channel';
import { exportedFileSchema } from './schemas/files';
import {
  confirmationImportSchema,
  leadTimeTableSchema,
  metricTraceSchema,
  packWeeksSchema,
  scorecardListSchema,
  scorecardSettingsPatchSchema,
  scorecardSettingsSchema,
  supplierDetailSchema,
  supplierPeriodSchema,
  supplierRecommendationSchema,
  toleranceDaysSchema,
  traceableMetricSchema,
} from './schemas/suppliers';

const supplierId = z.number().int();

/** Supplier scorecards, lead times and collaboration packs. */
export const supplierChannels = {
  /** Every supplier ranked by score; `toleranceDays` overrides the saved setting for this view only. */
  'suppliers:scorecards': channel(
    supplierPeriodSchema.extend({ toleranceDays: toleranceDaysSchema.optional() }).strict(),
    scorecardListSchema,
  ),
  'suppliers:detail': channel(
    supplierPeriodSchema.extend({ supplierId, toleranceDays: toleranceDaysSchema.optional() }).strict(),
    supplierDetailSchema,
  ),
  /** The PO lines and receipts behind one number of a scorecard (or of one month, or one SKU). */
  'suppliers:trace': channel(
    supplierPeriodSchema
      .extend({
        supplierId,
        metric: traceableMetricSchema,
        month: z.string().regex(/^\d{4}-\d{2}$/, 'expected a month YYYY-MM').optional(),
        productId: z.number().int().optional(),
        toleranceDays: toleranceDaysSchema.optional(),
      })
      .strict(),
    metricTraceSchema,
  ),
  'suppliers:settings': channel(none, scorecardSettingsSchema),
  'suppliers:updateSettings': channel(scorecardSettingsPatchSchema, scorecardSettingsSchema),
  /** What replenishment assumes: measured (or promised) lead times and fill rates per supplier and supplier-SKU. */
  'suppliers:leadTimes': channel(
    supplierPeriodSchema.extend({ usePromised: z.boolean().optional() }).strict(),
    leadTimeTableSchema,
  ),
  /** For SKUs with two or more suppliers: the lowest reliability-adjusted landed cost. */
  'suppliers:recommend': channel(
    z.object({ productIds: z.array(z.number().int()).max(10_000).optional() }).strict(),
    z.array(supplierRecommendationSchema),
  ),
  /** The supplier's collaboration pack (scorecard, open POs to confirm, forecast of their SKUs) as XLSX in the exports folder. */
  'suppliers:exportPack': channel(
    z.object({ supplierId, weeks: packWeeksSchema.optional() }).strict(),
    exportedFileSchema,
  ),
  /** The ranking as CSV (rates as fractions 0–1, like the CLI) or XLSX. */
  'suppliers:exportScorecards': channel(
    supplierPeriodSchema
      .extend({ toleranceDays: toleranceDaysSchema.optional(), format: z.enum(['csv', 'xlsx']) })
      .strict(),
    exportedFileSchema,
  ),
  /** Applies a supplier's confirmed quantities and dates from a chosen CSV/XLSX file: all rows or none. */
  'suppliers:importConfirmations': channel(z.object({ supplierId, path: z.string().min(1) }).strict(), confirmationImportSchema),
} as const;
