/**
 * A mid-week refresh keeps the parent's weekly forecast. Weeks are only re-forecast once a
 * whole new week of sales is in: until then the new days fall in the parent's first forecast
 * week, which is "consumed" day by day — the plan is re-made from the new last sales day, with
 * stock rolled forward through those days and the projection counting only the week's days
 * still ahead (see projection.ts). This is how planners treat a weekly forecast between two
 * forecast runs, and it keeps a one-day import's refresh to the plan and alerts.
 *
 * Not rolled forward (the incremental run decides instead): other bucket sizes (a day bucket
 * is complete every day; a month run scales its open month to the days seen), a week completed
 * since the parent, and an import since the parent that rewrote days the parent had seen.
 */

import type Database from 'better-sqlite3';
import { salesRange } from '../../forecasting/history';
import type { RunInfo } from '../../forecasting/runs';
import { dayFromIso } from '../../ground/calendar';
import { correctedSince } from './parent-run';

const WEEK_DAYS = 7;

/** The plan date to roll the parent's forecast forward to, or null when it must be re-forecast. */
export function rollForwardDate(db: Database.Database, parent: RunInfo): string | null {
  if (parent.frequency !== 'week') return null;
  const last = salesRange(db).to;
  const days = dayFromIso(last) - dayFromIso(parent.historyTo);
  if (!(days >= 0 && days < WEEK_DAYS)) return null;
  if (correctedSince(db, parent, parent.locations === 'total').size > 0) return null;
  return last;
}
