import { z } from 'zod';
import {
  appInfoSchema,
  jobInfoSchema,
  settingsPatchSchema,
  settingsSchema,
  workspaceInfoSchema,
  workspaceListSchema,
  workspaceSummarySchema,
} from './schemas/app';
import {
  productRowSchema,
  purchaseOrderLineRowSchema,
  salesBySkuRowSchema,
  salesByWeekRowSchema,
  stockRowSchema,
  supplierRowSchema,
  supplierTermRowSchema,
} from './schemas/data';
import {
  accuracyGroupSchema,
  accuracyRowSchema,
  forecastDetailSchema,
  forecastGridRowSchema,
  forecastOverrideSchema,
  forecastRunSchema,
  forecastHorizonSchema,
  forecastLocationsSchema,
  frequencySchema,
  globalChoiceSchema,
  overrideInputSchema,
} from './schemas/forecast';
import { gridPageQuerySchema, gridPageSchema } from './schemas/grid-page';
import { actualsReportSchema, globalModelInfoSchema, runComparisonSchema } from './schemas/forecast-review';

import { backupChannels } from './backup-channels';
import { channel, none } from './channel';
import { apiErrorSchema } from './errors';
import { dashboardChannels } from './dashboard-channels';
import { dataPageChannels } from './data-channels';
import { eventChannels } from './event-channels';
import { filesChannels } from './files-channels';
import { importChannels } from './import-channels';
import { logisticsChannels } from './logistics-channels';
import { monitoringChannels } from './monitoring-channels';
import { planningChannels } from './planning-channels';
import { recommendChannels } from './recommend-channels';
import { refreshChannels } from './refresh-channels';
import { supplierChannels } from './supplier-channels';
import { watchChannels } from './watch-channels';

/**
 * Every channel the UI can call, named `domain:verb`. Main (IPC), preload, the
 * browser bridge, the renderer and the tests all derive their types from this map.
 */
export const channels = {
  'app:info': channel(none, appInfoSchema),

  'settings:get': channel(none, settingsSchema),
  'settings:update': channel(settingsPatchSchema, settingsSchema),

  'workspace:current': channel(none, workspaceSummarySchema.nullable()),
  'workspace:list': channel(none, workspaceListSchema),
  'workspace:create': channel(
    z.object({ name: z.string().trim().min(1).max(120), path: z.string().min(1).optional() }).strict(),
    workspaceSummarySchema,
  ),
  'workspace:open': channel(z.object({ path: z.string().min(1) }).strict(), workspaceSummarySchema),
  'workspace:close': channel(none, z.null()),
  'workspace:pickFile': channel(
    z.object({ purpose: z.enum(['open', 'create']), suggestedName: z.string().optional() }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
  'workspace:createDemo': channel(
    z
      .object({
        name: z.string().trim().min(1).max(120).optional(),
        path: z.string().min(1).optional(),
        skus: z.number().int().min(30).max(100_000).optional(),
        seed: z.number().int().min(0).optional(),
      })
      .strict(),
    z.object({ jobId: z.string() }),
  ),
  'workspace:info': channel(none, workspaceInfoSchema),
  'workspace:startupProblem': channel(none, z.object({ path: z.string(), error: apiErrorSchema }).nullable()),

  'data:products': channel(none, z.array(productRowSchema)),
  'data:suppliers': channel(none, z.array(supplierRowSchema)),
  'data:supplierTerms': channel(none, z.array(supplierTermRowSchema)),
  'data:salesBySku': channel(none, z.array(salesBySkuRowSchema)),
  'data:salesByWeek': channel(none, z.array(salesByWeekRowSchema)),
  'data:stock': channel(none, z.array(stockRowSchema)),
  'data:purchaseOrders': channel(none, z.array(purchaseOrderLineRowSchema)),
  ...dataPageChannels,

  'forecast:start': channel(
    z
      .object({
        frequency: frequencySchema.optional(),
        horizon: forecastHorizonSchema.optional(),
        locations: forecastLocationsSchema.optional(),
        /** The global model: auto (default) trains it in the run or reuses the stored one, on always, off never. */
        global: globalChoiceSchema.optional(),
        /** Older switch: false = off, true = auto. */
        globalModel: z.boolean().optional(),
      })
      .strict(),
    z.object({ jobId: z.string() }),
  ),
  'forecast:runs': channel(none, z.array(forecastRunSchema)),
  /** One page of a run's series, sorted, filtered and searched in the core (the Forecasts grid). */
  'forecast:gridPage': channel(gridPageQuerySchema.extend({ runId: z.number().int() }).strict(), gridPageSchema(forecastGridRowSchema)),
  /** A run's series as a whole: how many, from analogues, with less history than the horizon. */
  'forecast:gridFacts': channel(
    z.object({ runId: z.number().int() }).strict(),
    z.object({ series: z.number().int(), coldStart: z.number().int(), shortOfHorizon: z.number().int() }),
  ),
  'forecast:detail': channel(
    z.object({ runId: z.number().int(), productId: z.number().int(), locationId: z.number().int() }).strict(),
    forecastDetailSchema,
  ),
  'forecast:addOverride': channel(overrideInputSchema, forecastOverrideSchema),
  'forecast:removeOverride': channel(z.object({ id: z.number().int() }).strict(), forecastOverrideSchema),
  'forecast:accuracy': channel(
    z.object({ runId: z.number().int(), groupBy: accuracyGroupSchema }).strict(),
    z.array(accuracyRowSchema),
  ),
  'forecast:actualsAccuracy': channel(
    z.object({ runId: z.number().int(), groupBy: accuracyGroupSchema }).strict(),
    actualsReportSchema,
  ),
  'forecast:globalModels': channel(none, z.array(globalModelInfoSchema)),
  'forecast:trainGlobal': channel(z.object({ frequency: frequencySchema }).strict(), z.object({ jobId: z.string() })),
  'forecast:compare': channel(z.object({ runA: z.number().int(), runB: z.number().int() }).strict(), runComparisonSchema),

  'jobs:list': channel(none, z.array(jobInfoSchema)),
  'jobs:cancel': channel(z.object({ jobId: z.string() }).strict(), z.null()),

  ...filesChannels,
  ...importChannels,
  ...supplierChannels,
  ...planningChannels,
  ...backupChannels,
  ...monitoringChannels,
  ...watchChannels,
  ...dashboardChannels,
  ...refreshChannels,
  ...recommendChannels,
  ...logisticsChannels,
  ...eventChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export const channelNames = Object.keys(channels) as ChannelName[];
