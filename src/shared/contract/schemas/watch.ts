import { z } from 'zod';
import { importKindSchema } from './import';

/** What became of one version of a file in a watched folder. */
export const watchFileStatusSchema = z.enum(['waiting', 'imported', 'failed', 'skipped-unchanged', 'skipped-no-mapping']);
export type WatchFileStatus = z.infer<typeof watchFileStatusSchema>;

/** Why a file waits: still being written, locked by another program, cut off, or sent back by the user. */
export const watchWaitReasonSchema = z.enum(['changing', 'locked', 'incomplete', 'retry']);
export type WatchWaitReason = z.infer<typeof watchWaitReasonSchema>;

/** The first error of a failed file, named by file, row and column as the user sees them. */
export const watchFileErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  /** All errors in the file (the first is the one shown). */
  errors: z.number().int(),
  /** A file refused as a whole: why (`importFileErrorReasons`) and the figures its words need. */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type WatchFileError = z.infer<typeof watchFileErrorSchema>;

export const watchFileSchema = z.object({
  id: z.number().int(),
  folderId: z.number().int(),
  name: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  hash: z.string().nullable(),
  status: watchFileStatusSchema,
  reason: watchWaitReasonSchema.nullable(),
  kind: importKindSchema.nullable(),
  importId: z.number().int().nullable(),
  /** Rows stored by the import, when it imported. */
  rowsStored: z.number().int().nullable(),
  error: watchFileErrorSchema.nullable(),
  firstSeenAt: z.string(),
  settledAt: z.string().nullable(),
});
export type WatchFile = z.infer<typeof watchFileSchema>;

export const watchFolderKindSchema = z.union([z.literal('detect'), importKindSchema]);

export const watchFolderSchema = z.object({
  id: z.number().int(),
  path: z.string(),
  enabled: z.boolean(),
  kind: watchFolderKindSchema,
  addedAt: z.string(),
  lastScanAt: z.string().nullable(),
  /** watching: enabled and readable; paused: disabled; unavailable: missing or unreadable (see problem). */
  state: z.enum(['watching', 'paused', 'unavailable']),
  problem: z.string().nullable(),
  lastImported: watchFileSchema.nullable(),
  counts: z.record(watchFileStatusSchema, z.number().int()),
});
export type WatchFolder = z.infer<typeof watchFolderSchema>;

export const watchAddInputSchema = z
  .object({ path: z.string().trim().min(1).max(4096), kind: watchFolderKindSchema.optional() })
  .strict();

/** Browser mode's folders to watch: the inbox SupplyDesk owns, the folders in it, and those the person confirmed outside the page. */
export const watchChoicesSchema = z.object({
  /** `<home>/inbox`: drop files (or folders of files) here. */
  inbox: z.string(),
  /** `<home>/watch-folders.txt`: one folder per line, read by SupplyDesk, never written. */
  confirmationFile: z.string(),
  folders: z.array(z.object({ path: z.string(), source: z.enum(['inbox', 'confirmed']), watched: z.boolean() })),
});
export type WatchChoices = z.infer<typeof watchChoicesSchema>;
