import type { Db } from '../../db/workspace';
import type { WatchFolder } from '../../../shared/contract/schemas/watch';
import { folderProblem } from './folder-checks';
import { lastImported, statusCounts, type FolderRow } from './ledger';

/** A folder as the Data page shows it: its state, when it was last scanned, the last file imported, counts per status. */
export function folderView(db: Db, folder: FolderRow, watchProblem: string | null, lastScan: Date | null = null): WatchFolder {
  const lastScanAt = [folder.lastScanAt, lastScan?.toISOString() ?? null].filter((t): t is string => t !== null).sort().pop() ?? null;
  const problem = folder.enabled ? (folderProblem(folder.path) ?? watchProblem) : null;
  return {
    ...folder,
    lastScanAt,
    state: !folder.enabled ? 'paused' : problem ? 'unavailable' : 'watching',
    problem,
    lastImported: lastImported(db, folder.id),
    counts: statusCounts(db, folder.id),
  };
}
