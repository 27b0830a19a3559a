import type { Migration } from './types';

/**
 * The event calendar and planned promotions.
 *
 * The shipped retail events (Spring Festival, 618, Double 11 …) are computed in code for every
 * year; the calendar stores only what the user changed, overlaid on them: an `events` row for a
 * default event exists once it was renamed or switched off, an `event_dates` row replaces one
 * year's dates (both dates NULL: that year is off). A user's own event is an `events` row with
 * origin 'user' and its years in `event_dates`. So new default years or corrected dates reach
 * every workspace without a migration, and a user's edit always wins.
 *
 * Planned promotions are what the planner expects for a SKU (at one location or all): a
 * promotion flag and/or a planned price (or a discount off the usual price) over a span of days.
 */
export const migration014: Migration = {
  version: 14,
  name: 'event calendar and planned promotions',
  sql: `
CREATE TABLE events (
  key        TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 60),
  origin     TEXT NOT NULL CHECK (origin IN ('default', 'user')),
  name_en    TEXT,
  name_zh    TEXT,
  enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  updated_at TEXT NOT NULL,
  CHECK (origin = 'default' OR (name_en IS NOT NULL AND name_zh IS NOT NULL))
) STRICT;

CREATE TABLE event_dates (
  event_key TEXT NOT NULL REFERENCES events (key) ON DELETE CASCADE,
  year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  from_date TEXT,
  to_date   TEXT,
  PRIMARY KEY (event_key, year),
  CHECK ((from_date IS NULL) = (to_date IS NULL)),
  CHECK (to_date >= from_date)
) STRICT;

CREATE TABLE planned_promotions (
  id           INTEGER PRIMARY KEY,
  product_id   INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id  INTEGER REFERENCES locations (id) ON DELETE CASCADE,
  from_date    TEXT NOT NULL,
  to_date      TEXT NOT NULL,
  promo        INTEGER NOT NULL DEFAULT 1 CHECK (promo IN (0, 1)),
  price        REAL CHECK (price IS NULL OR price > 0),
  discount_pct REAL CHECK (discount_pct IS NULL OR (discount_pct > 0 AND discount_pct < 100)),
  note         TEXT,
  created_at   TEXT NOT NULL,
  CHECK (to_date >= from_date),
  CHECK (price IS NULL OR discount_pct IS NULL),
  CHECK (promo = 1 OR price IS NOT NULL OR discount_pct IS NOT NULL)
) STRICT;
CREATE INDEX planned_promotions_product ON planned_promotions (product_id, from_date);
`,
};
