import { z } from 'zod';
import { channel, none } from './channel';
import { localeSchema } from './schemas/app';
import { exportedFileSchema } from './schemas/files';
import { alertCountsSchema, alertFilterSchema, alertListSchema, alertSettingsPatchSchema, alertSettingsSchema } from './schemas/monitoring';

const alertIds = z.array(z.number().int()).min(1, 'choose at least one alert').max(10_000);
const changed = z.object({ updated: z.number().int() });

/** Monitoring channels (`monitoring:*`): alerts ranked by money at stake, their settings and the daily digest. */
export const monitoringChannels = {
  /** Alerts matching the filter (default: open), stale data first, then by money at stake. */
  'monitoring:alerts': channel(alertFilterSchema.optional(), alertListSchema),
  'monitoring:counts': channel(none, alertCountsSchema),
  /** Detects alerts again for the workspace's "today", as a job (progress, cancel). */
  'monitoring:refresh': channel(none, z.object({ jobId: z.string() })),
  'monitoring:acknowledge': channel(z.object({ ids: alertIds, note: z.string().max(500).optional() }).strict(), changed),
  /** Until a date after today; default today + the snooze setting. */
  'monitoring:snooze': channel(
    z.object({ ids: alertIds, until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional() }).strict(),
    changed.extend({ until: z.string() }),
  ),
  'monitoring:reopen': channel(z.object({ ids: alertIds }).strict(), changed),
  'monitoring:settings': channel(none, alertSettingsSchema),
  'monitoring:updateSettings': channel(alertSettingsPatchSchema, alertSettingsSchema),
  /** Today's open alerts, counts and what is new since yesterday, as XLSX or Markdown in the exports folder. */
  'monitoring:exportDigest': channel(z.object({ format: z.enum(['xlsx', 'md']), locale: localeSchema }).strict(), exportedFileSchema),
} as const;
