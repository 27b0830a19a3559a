import Database from 'better-sqlite3';
import type { IntegrityReport } from '../../shared/contract/schemas/backup';
import { nativeBindingPath } from '../db/native-binding';
import type { Db } from '../db/workspace';

/** SQLite's full check (every page, index and constraint); [] when the file is sound. */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check(100)') as { integrity_check: string }[];
  const lines = rows.map((row) => row.integrity_check);
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

/** Open a file read-only, as a stranger would, and check it: for backups and workspaces that failed to open. */
export function checkFile(filePath: string): string[] {
  let db: Db;
  try {
    const binding = nativeBindingPath();
    db = new Database(filePath, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  } catch (error) {
    return [`cannot open: ${error instanceof Error ? error.message : String(error)}`];
  }
  try {
    return integrityProblems(db);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db.close();
  }
}

export function integrityReport(workspacePath: string, problems: string[]): IntegrityReport {
  return { workspacePath, ok: problems.length === 0, problems, checkedAt: new Date().toISOString() };
}
