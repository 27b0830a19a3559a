import type Database from 'better-sqlite3';
import {
  alertKinds,
  alertPriorities,
  alertStatuses,
  STALE_KINDS,
  type AlertCounts,
  type AlertEntity,
  type AlertFacts,
  type AlertFilter,
  type AlertKind,
  type AlertList,
  type AlertPriority,
  type AlertRow,
  type AlertStatus,
  type MoneyMethod,
} from '../../../shared/contract/schemas/monitoring';
import { workspaceCurrency } from './catalog';
import { COVERED_SQL } from './coverage';
import { readAlertSettings } from './settings';
import { workspaceToday } from './today';

const COLUMNS = `id, key, kind, priority, status, money, currency, money_method AS moneyMethod, entity, facts, first_seen AS firstSeen,
  last_seen AS lastSeen, raised_on AS raisedOn, snoozed_until AS snoozedUntil, acknowledged_at AS acknowledgedAt, ack_note AS note,
  resolved_on AS resolvedOn, reopen_count AS reopenCount`;

/** Stale data first (it makes every other figure wrong), then money at stake, largest first. */
const RANKING = `ORDER BY kind IN (${STALE_KINDS.map((k) => `'${k}'`).join(', ')}) DESC, money DESC, id`;

type StoredRow = Omit<AlertRow, 'entity' | 'facts'> & { entity: string; facts: string };

function toRow(row: StoredRow): AlertRow {
  return {
    ...row,
    kind: row.kind as AlertKind,
    priority: row.priority as AlertPriority,
    status: row.status as AlertStatus,
    moneyMethod: row.moneyMethod as MoneyMethod,
    entity: JSON.parse(row.entity) as AlertEntity,
    facts: JSON.parse(row.facts) as AlertFacts,
  };
}

function inList(column: string, values: readonly string[] | undefined, params: unknown[]): string {
  if (!values) return '';
  params.push(JSON.stringify(values));
  return ` AND ${column} IN (SELECT value FROM json_each(?))`;
}

export function lastRefresh(db: Database.Database): { at: string; today: string } | null {
  return (db.prepare('SELECT at, today FROM alert_refreshes ORDER BY id DESC LIMIT 1').get() as { at: string; today: string } | undefined) ?? null;
}

/** The materiality minimum the latest check worked out (materiality.ts), else the setting `minMoney`. */
export function shownMinimum(db: Database.Database, minMoney: number): number {
  const stored = db.prepare("SELECT json_extract(summary, '$.minimum') FROM alert_refreshes ORDER BY id DESC LIMIT 1").pluck().get() as number | null | undefined;
  return typeof stored === 'number' ? Math.max(minMoney, stored) : minMoney;
}

const STALE_SQL = `kind IN (${STALE_KINDS.map((k) => `'${k}'`).join(', ')})`;

/**
 * Alerts matching the filter (default: open), ranked. Left out unless asked for, and counted:
 * those with less money at stake than the materiality minimum (stale data never is; `all` shows
 * them), and those a plan line already answers (`includeCovered`).
 */
export function listAlerts(db: Database.Database, filter: AlertFilter = {}): AlertList {
  const minimum = shownMinimum(db, readAlertSettings(db).minMoney);
  const params: unknown[] = [];
  const where = `WHERE 1 = 1${inList('status', filter.statuses ?? ['open'], params)}${inList('kind', filter.kinds, params)}${inList('priority', filter.priorities, params)}`;
  const material = `(money >= ${minimum} OR ${STALE_SQL})`;
  const total = db.prepare(`SELECT count(*) FROM alerts ${where}`).pluck().get(...params) as number;
  const covered = db.prepare(`SELECT count(*) FROM alerts ${where} AND ${COVERED_SQL}`).pluck().get(...params) as number;
  const belowMinimum = db.prepare(`SELECT count(*) FROM alerts ${where} AND NOT ${material} AND NOT ${COVERED_SQL}`).pluck().get(...params) as number;
  const shown = `${filter.all ? '' : ` AND ${material}`}${filter.includeCovered ? '' : ` AND NOT ${COVERED_SQL}`}`;
  const rows = db.prepare(`SELECT ${COLUMNS} FROM alerts ${where}${shown} ${RANKING} LIMIT ?`).all(...params, filter.limit ?? -1) as StoredRow[];
  const refreshed = lastRefresh(db);
  return {
    today: refreshed?.today ?? workspaceToday(db),
    refreshedAt: refreshed?.at ?? null,
    currency: workspaceCurrency(db),
    total,
    belowMinimum: filter.all ? 0 : belowMinimum,
    minMoney: minimum,
    covered: filter.includeCovered ? 0 : covered,
    rows: rows.map(toRow),
  };
}

/**
 * Counts per status, and per priority and kind of the open work: open alerts at or above the
 * materiality minimum that no plan line answers. new = raised on the latest refresh's day.
 */
export function countAlerts(db: Database.Database): AlertCounts {
  const minimum = shownMinimum(db, readAlertSettings(db).minMoney);
  const refreshed = lastRefresh(db);
  const today = refreshed?.today ?? workspaceToday(db);
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const byStatus = zero(alertStatuses);
  for (const [status, n] of db.prepare('SELECT status, count(*) FROM alerts GROUP BY status').raw(true).all() as [AlertStatus, number][]) byStatus[status] = n;
  const byPriority = zero(alertPriorities);
  const byKind = zero(alertKinds);
  let openMoney = 0;
  let newToday = 0;
  const open = db
    .prepare(`SELECT kind, priority, money, raised_on FROM alerts WHERE status = 'open' AND (money >= ? OR ${STALE_SQL}) AND NOT ${COVERED_SQL}`)
    .raw(true)
    .all(minimum) as [AlertKind, AlertPriority, number, string][];
  const covered = db.prepare(`SELECT count(*) FROM alerts WHERE status = 'open' AND ${COVERED_SQL}`).pluck().get() as number;
  const belowMinimum = db.prepare(`SELECT count(*) FROM alerts WHERE status = 'open' AND NOT (money >= ? OR ${STALE_SQL}) AND NOT ${COVERED_SQL}`).pluck().get(minimum) as number;
  for (const [kind, priority, money, raisedOn] of open) {
    byPriority[priority]++;
    byKind[kind]++;
    openMoney += money;
    if (raisedOn >= today) newToday++;
  }
  return { today, refreshedAt: refreshed?.at ?? null, currency: workspaceCurrency(db), byStatus, byPriority, byKind, openMoney: Math.round(openMoney * 100) / 100, newToday, covered, belowMinimum };
}
