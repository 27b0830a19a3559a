import { z } from 'zod';
import { channel, none } from './channel';
import {
  fileInspectionSchema,
  importJobResultSchema,
  importKindFieldsSchema,
  importLogEntrySchema,
  importPreviewSchema,
  importRunInputSchema,
  inspectInputSchema,
  undoResultSchema,
} from './schemas/import';

/** Importing files: inspect, map, preview, import as a job, log and undo. */
export const importChannels = {
  'import:fields': channel(none, z.array(importKindFieldsSchema)),
  'import:inspect': channel(inspectInputSchema, fileInspectionSchema),
  /** Runs the whole import in a job worker and rolls it back; answers when it is done. */
  'import:preview': channel(importRunInputSchema, importPreviewSchema),
  'import:start': channel(importRunInputSchema, z.object({ jobId: z.string() })),
  /** The summary of an import job once it has finished (null while running or when it failed). */
  'import:result': channel(z.object({ jobId: z.string() }).strict(), importJobResultSchema),
  'import:list': channel(none, z.array(importLogEntrySchema)),
  'import:undo': channel(z.object({ importId: z.number().int() }).strict(), undoResultSchema),
} as const;
