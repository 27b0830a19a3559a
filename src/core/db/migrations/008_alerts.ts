import type { Migration } from './types';

/**
 * Alerts and their settings. An alert is keyed by kind + entity (`stockout:SKU-0001@WH1`), so a
 * repeated refresh updates its row instead of adding one; first/last seen and raised_on are the
 * workspace's "today" (its data's as-of date), status follows the rules in
 * core/monitoring/alerts/store.ts. entity (what it is about), facts (the why, as numbers) are JSON:
 * the UI words them, no sentence is stored. ack_money keeps the money at stake when acknowledged,
 * so a much larger one can raise it again. alert_refreshes records each run (for "new since
 * yesterday" and "last refreshed"); alert_cache keeps costly detections with a fingerprint of their inputs.
 */
export const migration008: Migration = {
  version: 8,
  name: 'alerts and alert settings',
  sql: `
CREATE TABLE alerts (
  id             INTEGER PRIMARY KEY,
  key            TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL,
  priority       TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
  status         TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'snoozed', 'resolved')),
  money          REAL NOT NULL CHECK (money >= 0),
  currency       TEXT NOT NULL,
  money_method   TEXT NOT NULL,
  entity         TEXT NOT NULL CHECK (json_valid(entity)),
  facts          TEXT NOT NULL CHECK (json_valid(facts)),
  first_seen     TEXT NOT NULL,
  last_seen      TEXT NOT NULL,
  raised_on      TEXT NOT NULL,
  snoozed_until  TEXT,
  acknowledged_at TEXT,
  ack_note       TEXT,
  ack_money      REAL,
  resolved_on    TEXT,
  reopen_count   INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
  updated_at     TEXT NOT NULL,
  CHECK (last_seen >= first_seen),
  CHECK (status <> 'snoozed' OR snoozed_until IS NOT NULL)
) STRICT;
CREATE INDEX alerts_status_money ON alerts (status, money DESC);

CREATE TABLE alert_settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

-- Detections that read a whole table and rarely change (supplier OTIF over every PO line), kept with
-- a fingerprint of their inputs: a refresh after a sales-only import reuses them.
CREATE TABLE alert_cache (
  name        TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  value       TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE alert_refreshes (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  today    TEXT NOT NULL,
  seconds  REAL NOT NULL,
  summary  TEXT NOT NULL CHECK (json_valid(summary))
) STRICT;
`,
};
