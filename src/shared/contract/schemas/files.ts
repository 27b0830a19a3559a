import { z } from 'zod';

/** A file written for the user (an export, a supplier pack): where it is and what to call it when downloaded. */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

/** A file the user chose to read: picked in a native dialog, or uploaded in browser mode. */
export const fileChoiceSchema = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type FileChoice = z.infer<typeof fileChoiceSchema>;

/** Extensions without the dot, e.g. `csv`, `xlsx`. */
export const fileExtensionsSchema = z.array(z.string().regex(/^[a-z0-9]{1,8}$/i)).max(16);
