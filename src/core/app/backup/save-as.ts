import fs from 'node:fs';
import type { WorkspaceSummary } from '../../../shared/contract/schemas/app';
import type { AppContext } from '../app-context';
import { AppError } from '../../ground/errors/app-error';
import { flushFile } from '../../backup/take-backup';
import { writeAtomically } from '../../ground/files/write-atomically';

/**
 * Save As: a consistent copy of the open workspace (online backup, so nothing has to stop)
 * at a new path, which then becomes the open workspace. The original stays as it was.
 */
export async function saveWorkspaceAs(ctx: AppContext, target: string): Promise<WorkspaceSummary> {
  const workspace = ctx.requireWorkspace();
  if (fs.existsSync(target)) {
    throw new AppError('workspace_exists', `A file already exists at ${target}`, { path: target });
  }
  await writeAtomically(target, async (partial) => {
    await workspace.db.backup(partial);
    flushFile(partial);
  });
  return ctx.open(target);
}
