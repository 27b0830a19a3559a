import { z } from 'zod';
import { channel, none } from './channel';
import { fileChoiceSchema } from './schemas/files';
import { watchAddInputSchema, watchChoicesSchema, watchFileSchema, watchFolderSchema } from './schemas/watch';

const folderRef = z.object({ folderId: z.number().int() }).strict();
const fileRef = z.object({ fileId: z.number().int() }).strict();

/** Watched folders (`watch:*`): files landing in them are imported with their saved mapping. */
export const watchChannels = {
  'watch:list': channel(none, z.array(watchFolderSchema)),
  /** Electron: a folder dialog (the folder chosen may then be added); browser mode answers null. */
  'watch:pickFolder': channel(none, z.object({ path: z.string().nullable() })),
  /** Browser mode: the folders that may be watched (the inbox, folders in it, folders confirmed outside the page). */
  'watch:choices': channel(none, watchChoicesSchema),
  /**
   * Electron: a path from watch:pickFolder. Browser mode: one of watch:choices. Any other folder is
   * refused, whatever the page types: naming a folder never makes it readable.
   */
  'watch:add': channel(watchAddInputSchema, watchFolderSchema),
  'watch:remove': channel(folderRef, z.null()),
  'watch:setEnabled': channel(z.object({ folderId: z.number().int(), enabled: z.boolean() }).strict(), watchFolderSchema),
  /** Scan now (one folder or all) and answer once what was ready is imported. */
  'watch:scan': channel(z.object({ folderId: z.number().int().optional() }).strict(), z.array(watchFolderSchema)),
  /** The ledger of one folder, newest first. */
  'watch:files': channel(
    z.object({ folderId: z.number().int(), limit: z.number().int().min(1).max(5000).optional() }).strict(),
    z.array(watchFileSchema),
  ),
  /** Try a failed file (or one that had no mapping) again at the next scan, which starts now. */
  'watch:retry': channel(fileRef, watchFileSchema),
  /** A file of the ledger as a file the import wizard may open (by id: the renderer never names the path). */
  'watch:openInWizard': channel(fileRef, z.object({ file: fileChoiceSchema })),
} as const satisfies Record<string, ReturnType<typeof channel>>;
