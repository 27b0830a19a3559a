import type { Db } from '../../db/workspace';
import type { ImportKind } from '../types';

export interface ImportLogEntry {
  id: number;
  kind: string;
  fileName: string;
  fingerprint: string | null;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'done' | 'failed' | 'cancelled' | 'undone';
  rowsRead: number;
  rowsStored: number;
  rowsSkipped: number;
  warnings: number;
  details: Record<string, unknown>;
}

export function startLogEntry(db: Db, kind: ImportKind, fileName: string): number {
  const info = db
    .prepare("INSERT INTO import_log (kind, file_name, started_at, status) VALUES (?, ?, ?, 'running')")
    .run(kind, fileName, new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export interface FinishedCounts {
  fingerprint: string;
  rowsRead: number;
  rowsStored: number;
  rowsSkipped: number;
  warnings: number;
  details: Record<string, unknown>;
}

export function finishLogEntry(db: Db, id: number, counts: FinishedCounts): void {
  db.prepare(
    `UPDATE import_log SET status = 'done', finished_at = ?, fingerprint = ?, rows_read = ?, rows_stored = ?,
            rows_skipped = ?, warnings = ?, details = ? WHERE id = ?`,
  ).run(
    new Date().toISOString(),
    counts.fingerprint,
    counts.rowsRead,
    counts.rowsStored,
    counts.rowsSkipped,
    counts.warnings,
    JSON.stringify(counts.details),
    id,
  );
  db.prepare("INSERT INTO audit_log (action, entity, entity_id, details) VALUES ('import', 'import_log', ?, ?)").run(
    String(id),
    JSON.stringify({ rowsStored: counts.rowsStored, fingerprint: counts.fingerprint }),
  );
}

/**
 * The last finished import of the same bytes, if any: as the same kind (an import warns of a repeat),
 * or as any kind (a watched folder skips bytes it has imported before, before it knows their kind).
 */
export function findSameFile(
  db: Db,
  fingerprint: string,
  only: { kind?: ImportKind; exceptId?: number } = {},
): { id: number; finishedAt: string } | null {
  const row = db
    .prepare(
      `SELECT id, finished_at AS finishedAt FROM import_log
        WHERE fingerprint = @fingerprint AND (@kind IS NULL OR kind = @kind) AND status = 'done' AND id IS NOT @exceptId
        ORDER BY id DESC LIMIT 1`,
    )
    .get({ fingerprint, kind: only.kind ?? null, exceptId: only.exceptId ?? null }) as { id: number; finishedAt: string } | undefined;
  return row ?? null;
}

/** Newest first: the import history the Data page shows. */
export function listImports(db: Db, limit = 100): ImportLogEntry[] {
  const rows = db
    .prepare(
      `SELECT id, kind, file_name AS fileName, fingerprint, started_at AS startedAt, finished_at AS finishedAt, status,
              rows_read AS rowsRead, rows_stored AS rowsStored, rows_skipped AS rowsSkipped, warnings, details
         FROM import_log ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as (Omit<ImportLogEntry, 'details'> & { details: string })[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}
