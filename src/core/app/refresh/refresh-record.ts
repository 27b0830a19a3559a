/**
 * The last finished refresh, kept in workspace_meta (one JSON value, no table of its own):
 * written in the refresh's own transaction, read by refresh:status and the CLI. Each refresh is
 * also audited, with the run and plan it made.
 */

import type Database from 'better-sqlite3';
import { metaValue, setMetaValue } from '../../db/meta';
import { writeAudit } from '../../forecasting/audit';
import type { RefreshSummary } from './types';

const KEY = 'refresh.last';

export function saveRefreshSummary(db: Database.Database, summary: RefreshSummary): void {
  setMetaValue(db, KEY, JSON.stringify(summary));
  writeAudit(db, { actor: summary.cause.reason === 'manual' ? 'user' : summary.cause.reason, action: 'refresh.finish', entity: 'forecast_run', entityId: summary.runId ?? '', before: null, after: summary });
}

export function lastRefreshSummary(db: Database.Database): RefreshSummary | null {
  const value = metaValue(db, KEY);
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as RefreshSummary;
  } catch {
    // A damaged record only loses the "last refresh" line: the runs and plans are the truth.
    return null;
  }
}
