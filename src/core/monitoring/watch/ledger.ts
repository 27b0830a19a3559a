import type { Db } from '../../db/workspace';
import type { ImportKind } from '../../import';
import type { WatchFile, WatchFileError, WatchFileStatus, WatchWaitReason } from '../../../shared/contract/schemas/watch';

/** Watched folders and the ledger of files seen in them (migration 009). Every write is one statement or one transaction, audited. */

export interface FolderRow {
  id: number;
  path: string;
  enabled: boolean;
  kind: ImportKind | 'detect';
  addedAt: string;
  lastScanAt: string | null;
}

const FOLDER_COLUMNS = 'id, path, enabled, kind, added_at AS addedAt, last_scan_at AS lastScanAt';

type RawFolder = Omit<FolderRow, 'enabled'> & { enabled: number };
const toFolder = (raw: RawFolder): FolderRow => ({ ...raw, enabled: raw.enabled === 1 });

export function listFolders(db: Db): FolderRow[] {
  return (db.prepare(`SELECT ${FOLDER_COLUMNS} FROM watch_folders ORDER BY id`).all() as RawFolder[]).map(toFolder);
}

export function getFolder(db: Db, id: number): FolderRow | null {
  const raw = db.prepare(`SELECT ${FOLDER_COLUMNS} FROM watch_folders WHERE id = ?`).get(id) as RawFolder | undefined;
  return raw ? toFolder(raw) : null;
}

export function findFolderByPath(db: Db, folderPath: string): FolderRow | null {
  const raw = db.prepare(`SELECT ${FOLDER_COLUMNS} FROM watch_folders WHERE path = ?`).get(folderPath) as RawFolder | undefined;
  return raw ? toFolder(raw) : null;
}

function audit(db: Db, action: string, entity: string, id: number, details: Record<string, unknown>): void {
  db.prepare('INSERT INTO audit_log (action, entity, entity_id, details) VALUES (?, ?, ?, ?)').run(action, entity, String(id), JSON.stringify(details));
}

export function addFolder(db: Db, folderPath: string, kind: ImportKind | 'detect', now = new Date()): FolderRow {
  return db.transaction(() => {
    const info = db.prepare('INSERT INTO watch_folders (path, kind, added_at) VALUES (?, ?, ?)').run(folderPath, kind, now.toISOString());
    const id = Number(info.lastInsertRowid);
    audit(db, 'watch-add', 'watch_folders', id, { path: folderPath, kind });
    return getFolder(db, id)!;
  })();
}

export function removeFolder(db: Db, id: number): void {
  db.transaction(() => {
    const folder = getFolder(db, id);
    db.prepare('DELETE FROM watch_folders WHERE id = ?').run(id);
    audit(db, 'watch-remove', 'watch_folders', id, { path: folder?.path ?? null });
  })();
}

export function setFolderEnabled(db: Db, id: number, enabled: boolean): void {
  db.transaction(() => {
    db.prepare('UPDATE watch_folders SET enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id);
    audit(db, enabled ? 'watch-enable' : 'watch-disable', 'watch_folders', id, {});
  })();
}

export function markScanned(db: Db, id: number, at: Date): void {
  db.prepare('UPDATE watch_folders SET last_scan_at = ? WHERE id = ?').run(at.toISOString(), id);
}

/** One version of one file, as stored. */
export interface FileRow {
  id: number;
  folderId: number;
  name: string;
  size: number;
  mtimeMs: number;
  hash: string | null;
  status: WatchFileStatus;
  reason: WatchWaitReason | null;
  kind: ImportKind | null;
  importId: number | null;
  error: WatchFileError | null;
  firstSeenAt: string;
  observedAt: number;
  settledAt: string | null;
}

const FILE_COLUMNS = `f.id, f.folder_id AS folderId, f.name, f.size, f.mtime_ms AS mtimeMs, f.hash, f.status, f.reason, f.kind,
  f.import_id AS importId, f.error, f.first_seen_at AS firstSeenAt, f.observed_at AS observedAt, f.settled_at AS settledAt`;

type RawFile = Omit<FileRow, 'error'> & { error: string | null };
const toFile = (raw: RawFile): FileRow => ({ ...raw, error: raw.error ? (JSON.parse(raw.error) as WatchFileError) : null });

/** The newest version of a file seen in a folder. */
export function latestVersion(db: Db, folderId: number, name: string): FileRow | null {
  const raw = db.prepare(`SELECT ${FILE_COLUMNS} FROM watch_files f WHERE folder_id = ? AND name = ? ORDER BY id DESC LIMIT 1`).get(folderId, name) as
    | RawFile
    | undefined;
  return raw ? toFile(raw) : null;
}

export function getFile(db: Db, id: number): FileRow | null {
  const raw = db.prepare(`SELECT ${FILE_COLUMNS} FROM watch_files f WHERE id = ?`).get(id) as RawFile | undefined;
  return raw ? toFile(raw) : null;
}

export interface Observation {
  size: number;
  mtimeMs: number;
  /** Milliseconds since the epoch, from the scanner's clock. */
  at: number;
}

export function insertWaiting(db: Db, folderId: number, name: string, seen: Observation): FileRow {
  const info = db
    .prepare(
      `INSERT INTO watch_files (folder_id, name, size, mtime_ms, status, reason, first_seen_at, observed_at)
       VALUES (?, ?, ?, ?, 'waiting', 'changing', ?, ?)`,
    )
    .run(folderId, name, seen.size, seen.mtimeMs, new Date(seen.at).toISOString(), seen.at);
  return getFile(db, Number(info.lastInsertRowid))!;
}

/** A waiting version whose size or time moved (or that cannot be read yet): observed again from now. */
export function updateWaiting(db: Db, id: number, seen: Observation, reason: WatchWaitReason, hash: string | null = null): void {
  db.prepare("UPDATE watch_files SET size = ?, mtime_ms = ?, observed_at = ?, reason = ?, hash = ?, status = 'waiting' WHERE id = ?").run(
    seen.size,
    seen.mtimeMs,
    seen.at,
    reason,
    hash,
    id,
  );
}

/** A stable, whole file that still should not be imported (cut last line): waits without resetting its observation. */
export function markWaiting(db: Db, id: number, reason: WatchWaitReason, fileName: string, why: string | null): void {
  const error = why ? JSON.stringify({ code: 'incomplete', message: why, file: fileName, row: null, column: null, value: null, errors: 0 }) : null;
  // Unchanged rows are not written: an idle workspace must not look changed to the backup scheduler.
  db.prepare("UPDATE watch_files SET status = 'waiting', reason = ?, error = ? WHERE id = ? AND (status <> 'waiting' OR reason IS NOT ? OR error IS NOT ?)").run(
    reason,
    error,
    id,
    reason,
    error,
  );
}

export interface Settlement {
  status: Exclude<WatchFileStatus, 'waiting'>;
  hash: string | null;
  kind: ImportKind | null;
  importId: number | null;
  error: WatchFileError | null;
}

export function settle(db: Db, id: number, outcome: Settlement, at: Date): FileRow {
  db.prepare('UPDATE watch_files SET status = ?, reason = NULL, hash = ?, kind = ?, import_id = ?, error = ?, settled_at = ? WHERE id = ?').run(
    outcome.status,
    outcome.hash,
    outcome.kind,
    outcome.importId,
    outcome.error ? JSON.stringify(outcome.error) : null,
    at.toISOString(),
    id,
  );
  return getFile(db, id)!;
}

/** Send a failed file (or one without a mapping) back to the queue: it is looked at again on the next scan. */
export function retryFile(db: Db, id: number): void {
  db.transaction(() => {
    db.prepare("UPDATE watch_files SET status = 'waiting', reason = 'retry', observed_at = 0, error = NULL, settled_at = NULL WHERE id = ?").run(id);
    audit(db, 'watch-retry', 'watch_files', id, {});
  })();
}

/** The ledger as the API shows it: newest first, with the rows each import stored. */
export function listFiles(db: Db, folderId: number, limit = 500): WatchFile[] {
  const raws = db
    .prepare(
      `SELECT ${FILE_COLUMNS}, l.rows_stored AS rowsStored FROM watch_files f LEFT JOIN import_log l ON l.id = f.import_id
        WHERE f.folder_id = ? ORDER BY COALESCE(f.settled_at, f.first_seen_at) DESC, f.id DESC LIMIT ?`,
    )
    .all(folderId, limit) as (RawFile & { rowsStored: number | null })[];
  return raws.map((raw) => toView(toFile(raw), raw.rowsStored));
}

export function fileView(db: Db, id: number): WatchFile | null {
  const file = getFile(db, id);
  if (!file) return null;
  const rows = file.importId === null ? null : (db.prepare('SELECT rows_stored FROM import_log WHERE id = ?').pluck().get(file.importId) as number | undefined);
  return toView(file, rows ?? null);
}

function toView(file: FileRow, rowsStored: number | null): WatchFile {
  const { observedAt: _observedAt, ...rest } = file;
  return { ...rest, rowsStored: file.status === 'imported' ? rowsStored : null };
}

export function statusCounts(db: Db, folderId: number): Record<WatchFileStatus, number> {
  const counts: Record<WatchFileStatus, number> = { waiting: 0, imported: 0, failed: 0, 'skipped-unchanged': 0, 'skipped-no-mapping': 0 };
  // Only the newest version of each file counts: an old failure fixed by a later version is not a problem now.
  const rows = db
    .prepare(
      `SELECT status, count(*) AS n FROM watch_files WHERE id IN (SELECT max(id) FROM watch_files WHERE folder_id = ? GROUP BY name) GROUP BY status`,
    )
    .all(folderId) as { status: WatchFileStatus; n: number }[];
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export function lastImported(db: Db, folderId: number): WatchFile | null {
  const id = db.prepare("SELECT id FROM watch_files WHERE folder_id = ? AND status = 'imported' ORDER BY settled_at DESC, id DESC LIMIT 1").pluck().get(folderId) as
    | number
    | undefined;
  return id === undefined ? null : fileView(db, id);
}
