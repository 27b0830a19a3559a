import { z } from 'zod';
import { channel, none } from './channel';
import { workspaceSummarySchema } from './schemas/app';
import { backupEntrySchema, backupListSchema, integrityReportSchema, workspaceTargetSchema } from './schemas/backup';

/** Workspace backups and restore, the full integrity check, and Save As (a copy made the same way). */
export const backupChannels = {
  'backup:list': channel(workspaceTargetSchema, backupListSchema),
  'backup:create': channel(none, backupEntrySchema),
  'backup:restore': channel(
    z.object({ backupId: z.string().min(1).max(200), path: z.string().min(1).optional() }).strict(),
    workspaceSummarySchema,
  ),
  'backup:check': channel(workspaceTargetSchema, integrityReportSchema),
  /** To a chosen path (a save dialog), or by name into the workspaces folder (browser mode). */
  'backup:saveAs': channel(
    z
      .object({ path: z.string().min(1).optional(), name: z.string().trim().min(1).max(120).optional() })
      .strict()
      .refine((input) => Boolean(input.path) !== Boolean(input.name), 'Give either a path or a name'),
    workspaceSummarySchema,
  ),
} as const;
