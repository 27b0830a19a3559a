import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { WorkspaceSummary } from '../../../shared/contract/schemas/app';
import type { AppContext } from '../app-context';
import { assertMigratable } from '../../db/migrate';
import { nativeBindingPath } from '../../db/native-binding';
import type { Db } from '../../db/workspace';
import { AppError } from '../../ground/errors/app-error';
import { backupFilePath, fileStamp } from '../../backup/backup-files';
import { backupNow } from './backup-now';
import { checkFileInWorker } from '../../backup/integrity-worker';
import { flushFile, flushFolder, takeBackup } from '../../backup/take-backup';

/**
 * Put a backup back in place of a workspace and open it. Nothing is lost on the way: the
 * current file is backed up first (or, if it is too damaged to back up, kept beside itself as
 * `<file>.damaged-<time>`), and the swap is a copy to a temporary file and one rename, so a
 * crash leaves either the old file or the restored one, never a mix.
 */
export async function restoreBackup(ctx: AppContext, backupId: string, workspacePath?: string): Promise<WorkspaceSummary> {
  const target = path.resolve(workspacePath ?? ctx.requireWorkspace().path);
  const source = backupFilePath(ctx.backupsFolder, target, backupId);
  if (!source) throw new AppError('not_found', `No backup ${backupId} for ${target}`, { backupId, path: target });
  await assertRestorable(source);
  if (ctx.jobs.list().some((job) => job.status === 'running')) {
    throw new AppError('invalid_input', 'Wait for the running jobs to finish (or cancel them) before restoring', {
      reason: 'jobs_running',
    });
  }

  if (ctx.workspace?.path === target) {
    await backupNow(ctx, 'before-restore');
    await ctx.release();
  } else if (fs.existsSync(target)) {
    await keepCurrentFile(ctx.backupsFolder, target);
  }

  const temp = `${target}.restoring`;
  fs.copyFileSync(source, temp);
  flushFile(temp);
  // A WAL left from the old file would be replayed onto the restored one: remove it first.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(temp, target);
  flushFolder(path.dirname(target));
  return ctx.open(target);
}

/** A backup must itself be sound and ours before it replaces anything (checked off the UI's thread). */
async function assertRestorable(source: string): Promise<void> {
  const problems = await checkFileInWorker(source);
  if (problems.length > 0) {
    throw new AppError('workspace_damaged', `The backup ${path.basename(source)} is damaged: ${problems[0]}`, {
      path: source,
      problems,
    });
  }
  const db = openReadOnly(source);
  try {
    assertMigratable(db, source);
  } finally {
    db.close();
  }
}

/** The file being replaced is not open (it failed to open, or is another workspace): keep it. */
async function keepCurrentFile(backupsRoot: string, target: string): Promise<void> {
  if ((await checkFileInWorker(target)).length === 0) {
    const db = openReadOnly(target);
    try {
      await takeBackup(db, target, backupsRoot, 'before-restore');
      return;
    } finally {
      db.close();
    }
  }
  const aside = `${target}.damaged-${fileStamp(new Date())}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
  }
}

function openReadOnly(file: string): Db {
  const binding = nativeBindingPath();
  return new Database(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
}
