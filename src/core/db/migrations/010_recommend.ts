import type { Migration } from './types';

/**
 * Recommendations (智能推荐): each run stores what the page shows, so it opens instantly — the
 * customers' next-purchase lists, bought-together pairs, launch audiences with their expected
 * buyers (the launch signal the cold-start forecast reads) and the backtest. Campaigns are
 * planned events whose demand the forecast and the plan include. A run is replaced whole by
 * the next one; campaigns outlive runs.
 */
export const migration010: Migration = {
  version: 10,
  name: 'recommendations, launch audiences and campaigns',
  sql: `
CREATE TABLE recommend_runs (
  id          INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  -- The last day of the order lines used: recommendations are for the days after it.
  as_of       TEXT NOT NULL,
  top_n       INTEGER NOT NULL,
  lines       INTEGER NOT NULL,
  orders      INTEGER NOT NULL,
  customers   INTEGER NOT NULL,
  skus        INTEGER NOT NULL,
  seconds     REAL NOT NULL,
  -- The backtest (HR/Recall/NDCG@10 for the blend and its baselines, per segment), or null when it could not run.
  backtest    TEXT CHECK (backtest IS NULL OR json_valid(backtest))
) STRICT;

CREATE TABLE recommend_customers (
  run_id      INTEGER NOT NULL REFERENCES recommend_runs (id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  orders      INTEGER NOT NULL,
  units       REAL NOT NULL,
  skus        INTEGER NOT NULL,
  first_day   TEXT NOT NULL,
  last_day    TEXT NOT NULL,
  PRIMARY KEY (run_id, customer_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE recommend_items (
  run_id      INTEGER NOT NULL REFERENCES recommend_runs (id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  rank        INTEGER NOT NULL,
  sku         TEXT NOT NULL,
  score       REAL NOT NULL,
  reason      TEXT NOT NULL CHECK (json_valid(reason)),
  PRIMARY KEY (run_id, customer_id, rank)
) STRICT, WITHOUT ROWID;

CREATE TABLE recommend_pairs (
  run_id      INTEGER NOT NULL REFERENCES recommend_runs (id) ON DELETE CASCADE,
  sku         TEXT NOT NULL,
  other_sku   TEXT NOT NULL,
  orders      INTEGER NOT NULL,
  support     REAL NOT NULL,
  confidence  REAL NOT NULL,
  lift        REAL NOT NULL,
  PRIMARY KEY (run_id, sku, other_sku)
) STRICT, WITHOUT ROWID;

-- Per new or upcoming SKU: who to offer it to and how many are expected to buy (the launch signal).
CREATE TABLE launch_audiences (
  run_id          INTEGER NOT NULL REFERENCES recommend_runs (id) ON DELETE CASCADE,
  product_id      INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  expected_buyers REAL NOT NULL,
  audience_size   INTEGER NOT NULL,
  basis           TEXT NOT NULL CHECK (json_valid(basis)),
  customers       TEXT NOT NULL CHECK (json_valid(customers)),
  PRIMARY KEY (run_id, product_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE campaigns (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL,
  product_id       INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  -- null = every location, split by the forecast's share.
  location_id      INTEGER REFERENCES locations (id),
  start_date       TEXT NOT NULL,
  -- Days over which buyers respond (most in the first days).
  window_days      INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 90),
  audience_kind    TEXT NOT NULL CHECK (audience_kind IN ('recommended', 'list', 'size')),
  -- The customer ids of a saved list ('list'); null otherwise.
  audience         TEXT CHECK (audience IS NULL OR json_valid(audience)),
  audience_size    INTEGER NOT NULL CHECK (audience_size >= 0),
  conversion       REAL NOT NULL CHECK (conversion >= 0 AND conversion <= 1),
  conversion_source TEXT NOT NULL CHECK (conversion_source IN ('entered', 'learnt')),
  units_per_buyer  REAL NOT NULL CHECK (units_per_buyer > 0),
  notes            TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX campaigns_by_product ON campaigns (product_id);
`,
};
