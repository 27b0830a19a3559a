import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupReasonSchema, type BackupEntry, type BackupReason } from '../../shared/contract/schemas/backup';

/**
 * Where backups live and how they are named. Each workspace gets its own folder under the
 * backups root (beside the workspaces folder), named after the file plus a short hash of its
 * full path, so two "Shop.supplydesk" files in different folders never share backups.
 * A backup's name carries its time and reason, so listing needs no index file that could drift.
 */
export const BACKUP_EXTENSION = '.supplydesk';
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?_([a-z-]+)\.supplydesk$/;
/** The copy `migrate` takes beside the workspace before upgrading it: `<file>.v<N>-<stamp>.bak`. */
const MIGRATION_COPY = /\.v\d+-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.bak$/;

export function workspaceBackupFolder(backupsRoot: string, workspacePath: string): string {
  const resolved = path.resolve(workspacePath);
  const base = path.basename(resolved).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'workspace';
  const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 8);
  return path.join(backupsRoot, `${base}-${hash}`);
}

/** `2026-11-29T04:30:00.123Z` → `2026-11-29T04-30-00-123Z` (no characters Windows refuses). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function stampToIso(stamp: string): string {
  const [day, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

/** A fresh file name for a backup taken now; never one that exists already. */
export function newBackupName(folder: string, reason: BackupReason, now = new Date()): string {
  const stamp = fileStamp(now);
  for (let i = 1; ; i++) {
    const name = `${stamp}${i === 1 ? '' : `-${i}`}_${reason}${BACKUP_EXTENSION}`;
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(path.join(folder, `${name}.partial`))) return name;
  }
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const reason = backupReasonSchema.safeParse(match[2]);
  return reason.success ? { createdAt: stampToIso(match[1]!), reason: reason.data } : null;
}

function migrationCopies(workspacePath: string): BackupEntry[] {
  const dir = path.dirname(workspacePath);
  const prefix = `${path.basename(workspacePath)}.v`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = name.startsWith(prefix) ? MIGRATION_COPY.exec(name) : null;
    if (!match) return [];
    const bytes = fs.statSync(path.join(dir, name)).size;
    return [{ id: name, createdAt: stampToIso(match[1]!), reason: 'before-migration' as const, bytes }];
  });
}

/** The workspace's backups, newest first: its backup folder plus any pre-migration copies beside it. */
export function listBackups(backupsRoot: string, workspacePath: string): BackupEntry[] {
  const folder = workspaceBackupFolder(backupsRoot, workspacePath);
  const names = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  const own = names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ id: name, ...parsed, bytes: fs.statSync(path.join(folder, name)).size }] : [];
  });
  return [...own, ...migrationCopies(workspacePath)].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}

/**
 * The file behind a backup id, or null. Ids are bare file names checked against the two
 * naming patterns, so a request can never reach a file outside the workspace's backups.
 */
export function backupFilePath(backupsRoot: string, workspacePath: string, id: string): string | null {
  if (id !== path.basename(id)) return null;
  if (parseBackupName(id)) {
    const file = path.join(workspaceBackupFolder(backupsRoot, workspacePath), id);
    return fs.existsSync(file) ? file : null;
  }
  if (id.startsWith(`${path.basename(workspacePath)}.v`) && MIGRATION_COPY.test(id)) {
    const file = path.join(path.dirname(path.resolve(workspacePath)), id);
    return fs.existsSync(file) ? file : null;
  }
  return null;
}
