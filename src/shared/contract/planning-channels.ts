import { z } from 'zod';
import { channel, none } from './channel';
import { localeSchema } from './schemas/app';
import { exportedFileSchema } from './schemas/files';
import { gridPageQuerySchema, gridPageSchema } from './schemas/grid-page';
import {
  planDraftsSchema,
  planLineDetailSchema,
  planLineRefSchema,
  planLineRowSchema,
  planListItemSchema,
  planningSettingsPatchSchema,
  planningSettingsSchema,
  planStartSchema,
  simulateInputSchema,
  simulationSchema,
} from './schemas/planning';

const planRef = z.object({ planId: z.number().int() }).strict();
const jobStarted = z.object({ jobId: z.string() });

/** Replenishment plans, purchase order drafts, simulation and export. */
export const planningChannels = {
  'planning:start': channel(planStartSchema, jobStarted),
  'planning:plans': channel(none, z.array(planListItemSchema)),
  /** One page of a plan's lines, sorted, filtered and searched in the core; `draft` keeps one supplier at one location. */
  'planning:linePage': channel(
    gridPageQuerySchema
      .extend({
        planId: z.number().int(),
        draft: z.object({ supplierId: z.number().int(), locationId: z.number().int() }).strict().nullable().default(null),
      })
      .strict(),
    gridPageSchema(planLineRowSchema),
  ),
  'planning:line': channel(planLineRefSchema, planLineDetailSchema),
  'planning:drafts': channel(planRef, planDraftsSchema),
  'planning:editLine': channel(planLineRefSchema.extend({ quantity: z.number().min(0, 'a quantity is 0 or more') }).strict(), planLineRowSchema),
  'planning:lockLine': channel(planLineRefSchema.extend({ locked: z.boolean() }).strict(), planLineRowSchema),
  'planning:approveDraft': channel(
    z.object({ planId: z.number().int(), supplierId: z.number().int(), locationId: z.number().int().optional() }).strict(),
    z.object({
      purchaseOrders: z.array(z.object({ poNumber: z.string(), supplierId: z.number().int(), locationId: z.number().int(), lines: z.number().int() })),
      lines: z.number().int(),
    }),
  ),
  'planning:settings': channel(none, planningSettingsSchema),
  'planning:updateSettings': channel(planningSettingsPatchSchema, planningSettingsSchema),
  'planning:simulate': channel(simulateInputSchema, jobStarted),
  'planning:simulations': channel(none, z.array(simulationSchema)),
  /** `locale`: the language of the export's `reason` column (the renderer passes its own; English when left out). */
  'planning:export': channel(
    z.object({ planId: z.number().int(), format: z.enum(['csv', 'xlsx', 'json']), includeApproved: z.boolean().optional(), locale: localeSchema.optional() }).strict(),
    exportedFileSchema,
  ),
  /** One draft card's purchase order workbook (XLSX), delivered like the other exports. */
  'planning:purchaseOrder': channel(
    z.object({ planId: z.number().int(), supplierId: z.number().int(), locationId: z.number().int(), status: z.enum(['draft', 'approved']) }).strict(),
    exportedFileSchema,
  ),
} as const;
