import { z } from 'zod';

/** Why a backup was taken; shown beside each backup so the user can pick the right one. */
export const backupReasonSchema = z.enum([
  'scheduled',
  'manual',
  'before-migration',
  'before-import',
  'before-restore',
]);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const backupEntrySchema = z.object({
  /** The backup's file name: what `backup:restore` takes, never a path. */
  id: z.string(),
  createdAt: z.string(),
  reason: backupReasonSchema,
  bytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupListSchema = z.object({
  workspacePath: z.string(),
  /** Where this workspace's backups are kept. */
  folder: z.string(),
  /** Newest first. */
  backups: z.array(backupEntrySchema),
  /** The rotation rule, so the UI can state it. */
  keep: z.object({ latest: z.number().int(), dailyForDays: z.number().int() }),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const integrityReportSchema = z.object({
  workspacePath: z.string(),
  ok: z.boolean(),
  /** SQLite's own findings (at most 100 lines); empty when ok. */
  problems: z.array(z.string()),
  checkedAt: z.string(),
});
export type IntegrityReport = z.infer<typeof integrityReportSchema>;

/** A workspace named by path (one that failed to open) or, when absent, the open one. */
export const workspaceTargetSchema = z.object({ path: z.string().min(1).optional() }).strict();
