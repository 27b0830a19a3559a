import { z } from 'zod';
import { apiErrorSchema } from './errors';
import { jobKindSchema, jobProgressSchema, workspaceSummarySchema } from './schemas/app';
import { watchFileSchema } from './schemas/watch';
import { integrityReportSchema } from './schemas/backup';
import { alertNoticeSchema } from './schemas/monitoring';

/** Events the back end pushes to the UI (IPC send in Electron, server-sent events in browser mode). */
export const events = {
  'job:progress': jobProgressSchema,
  'job:finished': z.object({
    jobId: z.string(),
    kind: jobKindSchema,
    status: z.enum(['done', 'failed', 'cancelled']),
    error: apiErrorSchema.nullable(),
  }),
  'workspace:changed': workspaceSummarySchema.nullable(),
  /** The background check of a large workspace (skipped at open) found damage: offer the backups. */
  'workspace:damaged': integrityReportSchema,
  /** A file in a watched folder was imported, failed or needs a mapping (never silent). */
  'watch:fileSettled': watchFileSchema.extend({ folderPath: z.string() }),
  /** New high-priority alerts (largest money first): a desktop notification in Electron, an in-app notice in the browser. */
  'alerts:new': z.object({ alerts: z.array(alertNoticeSchema), total: z.number().int() }),
  /** The user clicked a desktop notification: show this alert. */
  'alerts:focus': z.object({ id: z.number().int() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];
