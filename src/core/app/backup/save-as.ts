import fs from 'node:fs';
import type { WorkspaceSummary } from '../../../shared/contract/schemas/app';
import type { AppContext } from '../app-context';
import { AppError } from '../../ground/errors/app-error';
import { flushFile } from '../../backup/take-backup';

/**
 * Save As: a consistent copy of the open workspace (online backup, so nothing has to stop)
 * at a new path, which then becomes the open workspace. The original stays as it was.
 */
export async function saveWorkspaceAs(ctx: AppContext, target: string): Promise<WorkspaceSummary> {
  const workspace = ctx.requireWorkspace();
  if (fs.existsSync(target)) {
    throw new AppError('workspace_exists', `A file already exists at ${target}`, { path: target });
  }
  const partial = `${target}.partial`;
  try {
    await workspace.db.backup(partial);
    flushFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return ctx.open(target);
}
