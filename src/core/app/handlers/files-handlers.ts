import path from 'node:path';
import fs from 'node:fs';
import { AppError } from '../../ground/errors/app-error';
import type { AppContext } from '../app-context';
import { exportsFolder } from '../exports-folder';
import type { DomainHandlers } from './types';

export function filesHandlers(ctx: AppContext): DomainHandlers<'files'> {
  return {
    'files:pickToRead': async ({ extensions }) => {
      // Browser mode answers null: the renderer uploads the file instead.
      if (!ctx.host.pickFileToRead) return { file: null };
      const picked = await ctx.host.pickFileToRead(extensions);
      if (!picked) return { file: null };
      ctx.paths.allowToRead(picked);
      return { file: { path: picked, name: path.basename(picked), bytes: fs.statSync(picked).size } };
    },
    'files:reveal': ({ path: filePath }) => {
      const resolved = path.resolve(filePath);
      if (path.dirname(resolved) !== exportsFolder(ctx.home)) {
        throw new AppError('invalid_input', 'Only exports can be shown in the file manager', { path: filePath });
      }
      ctx.host.revealFile?.(resolved);
      return null;
    },
  };
}
