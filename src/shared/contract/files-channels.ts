import { z } from 'zod';
import { channel } from './channel';
import { exportedFileSchema, fileChoiceSchema, fileExtensionsSchema } from './schemas/files';

/**
 * Files in and out of the app. Browser mode has no dialogs: the renderer uploads a file
 * (`POST /api/files/upload`) and downloads exports (`GET /api/files/exports/<name>`) instead.
 */
export const filesChannels = {
  'files:pickToRead': channel(
    z.object({ extensions: fileExtensionsSchema }).strict(),
    z.object({ file: fileChoiceSchema.nullable() }),
  ),
  'files:reveal': channel(exportedFileSchema.strict(), z.null()),
} as const;
