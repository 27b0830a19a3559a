import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/workspace';
import { isIgnoredName } from './file-rules';
import { getFile, insertWaiting, latestVersion, markScanned, updateWaiting, type FileRow, type FolderRow } from './ledger';
import { settleStableFile, type SettleDeps } from './settle-file';

export interface ScanDeps extends SettleDeps {
  /** How long a file's size and time must hold still, from one scan to a later one, before it is read. */
  stableMs: number;
  /** Called after each file is settled (imported, failed, skipped). */
  onSettled?: (file: FileRow, folder: FolderRow) => void;
  /** False once the workspace this scan started for is closed: stop before touching it again. */
  stillCurrent?: () => boolean;
}

export interface ScanOutcome {
  settled: FileRow[];
  /** Files still waiting after this scan (being written, locked, cut off). */
  waiting: FileRow[];
  /** Why the folder could not be read, if it could not. */
  problem: string | null;
}

/**
 * One pass over a folder's files (not its subfolders), one file at a time. A new or changed
 * file is first only observed; a later scan at least `stableMs` after that, seeing the same size
 * and time, reads and settles it. So a file still being written is never imported half.
 */
export async function scanFolder(deps: ScanDeps, folder: FolderRow): Promise<ScanOutcome> {
  const outcome: ScanOutcome = { settled: [], waiting: [], problem: null };
  let names: string[];
  try {
    names = (await fs.readdir(folder.path, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    outcome.problem = `${folder.path} cannot be read: ${(error as Error).message}`;
    return outcome;
  }
  names.sort();
  const changesBefore = totalChanges(deps.db);
  for (const name of names) {
    if (isIgnoredName(name)) continue;
    if (deps.stillCurrent && !deps.stillCurrent()) break;
    const fullPath = path.join(folder.path, name);
    const stat = await fs.stat(fullPath).catch(() => null);
    if (!stat?.isFile()) continue;
    const seen = { size: stat.size, mtimeMs: stat.mtimeMs, at: deps.now() };
    const known = latestVersion(deps.db, folder.id, name);
    const sameVersion = known !== null && known.size === seen.size && known.mtimeMs === seen.mtimeMs;
    if (known && known.status !== 'waiting' && sameVersion) continue;
    if (!known || (known.status !== 'waiting' && !sameVersion)) {
      outcome.waiting.push(insertWaiting(deps.db, folder.id, name, seen));
      continue;
    }
    if (!sameVersion) {
      updateWaiting(deps.db, known.id, seen, 'changing');
      outcome.waiting.push(getFile(deps.db, known.id) ?? known);
      continue;
    }
    if (seen.at - known.observedAt < deps.stableMs) {
      outcome.waiting.push(known);
      continue;
    }
    let settled: FileRow | null;
    try {
      settled = await settleStableFile(deps, folder, known, fullPath);
    } catch (error) {
      // The workspace was closed while the file was read or imported: nothing more to record.
      if (deps.stillCurrent && !deps.stillCurrent()) break;
      throw error;
    }
    if (deps.stillCurrent && !deps.stillCurrent()) break;
    if (settled) {
      outcome.settled.push(settled);
      deps.onSettled?.(settled, folder);
    } else {
      outcome.waiting.push(getFile(deps.db, known.id) ?? known);
    }
  }
  // The time of a scan that found nothing is not written: a write every scan would make an idle
  // workspace look changed (and backed up) forever. The app keeps the latest scan time in memory.
  const wroteLedger = totalChanges(deps.db) !== changesBefore;
  if (wroteLedger && (!deps.stillCurrent || deps.stillCurrent())) markScanned(deps.db, folder.id, new Date(deps.now()));
  return outcome;
}

function totalChanges(db: Db): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}
