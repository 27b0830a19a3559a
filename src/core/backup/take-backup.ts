import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../shared/contract/schemas/backup';
import type { Db } from '../db/workspace';
import { listBackups, newBackupName, workspaceBackupFolder } from './backup-files';
import { backupsToDelete } from './rotation';
import { writeAtomically } from '../ground/files/write-atomically';

/**
 * Copy a live workspace with SQLite's online backup API. The copy is consistent even while
 * the app keeps writing (SQLite restarts or updates the copy as pages change), it is written
 * to `<name>.partial` and renamed only once complete and flushed, so a crash mid-backup never
 * leaves a file that looks like a good backup. Old backups are then rotated away.
 */
export async function takeBackup(
  db: Db,
  workspacePath: string,
  backupsRoot: string,
  reason: BackupReason,
  now = new Date(),
): Promise<BackupEntry> {
  const folder = workspaceBackupFolder(backupsRoot, workspacePath);
  fs.mkdirSync(folder, { recursive: true });
  const name = newBackupName(folder, reason, now);
  const finalPath = path.join(folder, name);
  await writeAtomically(finalPath, async (partial) => {
    await db.backup(partial);
    flushFile(partial);
  });
  flushFolder(folder);
  rotate(backupsRoot, workspacePath, folder, now);
  return { id: name, createdAt: now.toISOString(), reason, bytes: fs.statSync(finalPath).size };
}

function rotate(backupsRoot: string, workspacePath: string, folder: string, now: Date): void {
  // Only files in the backup folder rotate; pre-migration copies beside the workspace stay.
  const own = listBackups(backupsRoot, workspacePath).filter((b) => isIn(folder, b.id));
  for (const old of backupsToDelete(own, now)) fs.rmSync(path.join(folder, old.id), { force: true });
}

function isIn(folder: string, id: string): boolean {
  return fs.existsSync(path.join(folder, id));
}

export function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Make a rename durable (POSIX); Windows cannot open folders and flushes renames itself. */
export function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
