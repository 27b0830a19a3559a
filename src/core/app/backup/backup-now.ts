import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../../shared/contract/schemas/backup';
import { defaultHome } from '../home';
import type { Db, Workspace } from '../../db/workspace';
import type { BackupScheduler } from '../../backup/scheduler';
import { takeBackup } from '../../backup/take-backup';

/** The part of the AppContext a backup needs (kept narrow so core/backup does not depend on the app). */
export interface BackupHost {
  readonly backupsFolder: string;
  readonly backups: BackupScheduler;
  requireWorkspace(): Workspace;
}

function isHost(target: BackupHost | Db): target is BackupHost {
  return 'requireWorkspace' in target;
}

/**
 * Back up now, for a reason the user will see in the list: the open workspace of an app
 * context, or any open connection (the CLI, a job) into `backupsRoot` (default: the backups
 * folder of the default SupplyDesk home). Call before big imports and other risky writes.
 */
export async function backupNow(
  target: BackupHost | Db,
  reason: BackupReason,
  backupsRoot = path.join(defaultHome(), 'backups'),
): Promise<BackupEntry> {
  if (!isHost(target)) return takeBackup(target, path.resolve(target.name), backupsRoot, reason);
  const workspace = target.requireWorkspace();
  const entry = await takeBackup(workspace.db, workspace.path, target.backupsFolder, reason);
  target.backups.noteBackup(workspace);
  return entry;
}
