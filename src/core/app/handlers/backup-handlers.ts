import path from 'node:path';
import { listBackups, workspaceBackupFolder } from '../../backup/backup-files';
import { backupNow } from '../backup/backup-now';
import { integrityReport } from '../../backup/integrity';
import { checkFileInWorker } from '../../backup/integrity-worker';
import { restoreBackup } from '../backup/restore';
import { KEEP } from '../../backup/rotation';
import { saveWorkspaceAs } from '../backup/save-as';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

export function backupHandlers(ctx: AppContext): DomainHandlers<'backup'> {
  // A workspace that failed to open is named by path; it must be one the user reached through the app.
  const paths = ctx.paths;
  const target = (requested?: string) => (requested ? paths.check(requested) : ctx.requireWorkspace().path);

  return {
    'backup:list': ({ path: requested } = {}) => {
      const workspacePath = target(requested);
      return {
        workspacePath,
        folder: workspaceBackupFolder(ctx.backupsFolder, workspacePath),
        backups: listBackups(ctx.backupsFolder, workspacePath),
        keep: { ...KEEP },
      };
    },
    'backup:create': () => backupNow(ctx, 'manual'),
    'backup:restore': ({ backupId, path: requested }) => restoreBackup(ctx, backupId, target(requested)),
    'backup:check': async ({ path: requested } = {}) => {
      const workspacePath = target(requested);
      // A separate read-only connection sees everything committed, WAL included.
      return integrityReport(workspacePath, await checkFileInWorker(workspacePath));
    },
    'backup:saveAs': ({ path: requested, name }) => {
      const destination = requested ? paths.check(requested) : ctx.newWorkspacePath(name ?? path.basename(ctx.requireWorkspace().path, '.supplydesk'));
      return saveWorkspaceAs(ctx, destination);
    },
  };
}
