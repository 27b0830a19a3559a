import type { Migration } from './types';

/**
 * The first schema: everything the planning features read.
 * Dates are ISO text (YYYY-MM-DD); quantities are REAL because case packs and
 * weights can be fractional. High-volume tables (sales_daily, stock_snapshots)
 * are WITHOUT ROWID and clustered on (product, location, date), the order in
 * which forecasting and projection scan them.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE locations (
  id   INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'warehouse' CHECK (kind IN ('warehouse', 'store', 'marketplace'))
) STRICT;

CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  sku         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  brand       TEXT,
  category    TEXT,
  attributes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
  unit_cost   REAL CHECK (unit_cost IS NULL OR unit_cost >= 0),
  price       REAL CHECK (price IS NULL OR price >= 0),
  currency    TEXT NOT NULL DEFAULT 'CNY',
  status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'new', 'discontinued')),
  launch_date TEXT
) STRICT;
CREATE INDEX products_brand ON products (brand);
CREATE INDEX products_category ON products (category);

CREATE TABLE suppliers (
  id                     INTEGER PRIMARY KEY,
  code                   TEXT NOT NULL UNIQUE,
  name                   TEXT NOT NULL,
  country                TEXT,
  currency               TEXT NOT NULL DEFAULT 'CNY',
  contact                TEXT,
  default_lead_time_days INTEGER CHECK (default_lead_time_days IS NULL OR default_lead_time_days >= 0),
  min_order_value        REAL CHECK (min_order_value IS NULL OR min_order_value >= 0),
  notes                  TEXT
) STRICT;

CREATE TABLE supplier_terms (
  id             INTEGER PRIMARY KEY,
  supplier_id    INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
  product_id     INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  unit_cost      REAL NOT NULL CHECK (unit_cost >= 0),
  currency       TEXT NOT NULL DEFAULT 'CNY',
  moq            REAL NOT NULL DEFAULT 1 CHECK (moq >= 0),
  order_multiple REAL NOT NULL DEFAULT 1 CHECK (order_multiple > 0),
  max_order_qty  REAL CHECK (max_order_qty IS NULL OR max_order_qty > 0),
  lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
  is_primary     INTEGER NOT NULL DEFAULT 1 CHECK (is_primary IN (0, 1)),
  UNIQUE (supplier_id, product_id)
) STRICT;
CREATE INDEX supplier_terms_product ON supplier_terms (product_id);

-- One row per SKU, location and day that had sales or was out of stock;
-- a missing day means zero sales while in stock.
CREATE TABLE sales_daily (
  product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id INTEGER NOT NULL REFERENCES locations (id),
  date        TEXT NOT NULL,
  units       REAL NOT NULL,
  revenue     REAL NOT NULL DEFAULT 0,
  orders      INTEGER NOT NULL DEFAULT 0,
  promo       INTEGER NOT NULL DEFAULT 0 CHECK (promo IN (0, 1)),
  stockout    INTEGER NOT NULL DEFAULT 0 CHECK (stockout IN (0, 1)),
  PRIMARY KEY (product_id, location_id, date)
) STRICT, WITHOUT ROWID;
CREATE INDEX sales_daily_date ON sales_daily (date);

CREATE TABLE stock_snapshots (
  product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id INTEGER NOT NULL REFERENCES locations (id),
  date        TEXT NOT NULL,
  on_hand     REAL NOT NULL CHECK (on_hand >= 0),
  PRIMARY KEY (product_id, location_id, date)
) STRICT, WITHOUT ROWID;

CREATE TABLE promotions (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  start_date   TEXT NOT NULL,
  end_date     TEXT NOT NULL,
  discount_pct REAL CHECK (discount_pct IS NULL OR (discount_pct >= 0 AND discount_pct <= 100)),
  brand        TEXT,
  category     TEXT,
  CHECK (end_date >= start_date)
) STRICT;

CREATE TABLE purchase_orders (
  id            INTEGER PRIMARY KEY,
  po_number     TEXT NOT NULL UNIQUE,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id),
  location_id   INTEGER REFERENCES locations (id),
  order_date    TEXT NOT NULL,
  promised_date TEXT,
  status        TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('draft', 'open', 'partial', 'received', 'cancelled')),
  currency      TEXT NOT NULL DEFAULT 'CNY',
  notes         TEXT
) STRICT;
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id);

CREATE TABLE po_lines (
  id             INTEGER PRIMARY KEY,
  po_id          INTEGER NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
  line_no        INTEGER NOT NULL,
  product_id     INTEGER NOT NULL REFERENCES products (id),
  qty_ordered    REAL NOT NULL CHECK (qty_ordered > 0),
  unit_cost      REAL CHECK (unit_cost IS NULL OR unit_cost >= 0),
  promised_date  TEXT,
  confirmed_qty  REAL CHECK (confirmed_qty IS NULL OR confirmed_qty >= 0),
  confirmed_date TEXT,
  status         TEXT NOT NULL DEFAULT 'open'
                 CHECK (status IN ('open', 'partial', 'received', 'cancelled')),
  UNIQUE (po_id, line_no)
) STRICT;
CREATE INDEX po_lines_product ON po_lines (product_id);

CREATE TABLE receipts (
  id            INTEGER PRIMARY KEY,
  po_line_id    INTEGER REFERENCES po_lines (id) ON DELETE SET NULL,
  product_id    INTEGER NOT NULL REFERENCES products (id),
  location_id   INTEGER REFERENCES locations (id),
  receipt_date  TEXT NOT NULL,
  qty_received  REAL NOT NULL CHECK (qty_received >= 0),
  qty_rejected  REAL NOT NULL DEFAULT 0 CHECK (qty_rejected >= 0),
  reference     TEXT
) STRICT;
CREATE INDEX receipts_po_line ON receipts (po_line_id);
CREATE INDEX receipts_product ON receipts (product_id);

CREATE TABLE import_log (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  file_name    TEXT NOT NULL,
  fingerprint  TEXT,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  status       TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled', 'undone')),
  rows_read    INTEGER NOT NULL DEFAULT 0,
  rows_stored  INTEGER NOT NULL DEFAULT 0,
  rows_skipped INTEGER NOT NULL DEFAULT 0,
  warnings     INTEGER NOT NULL DEFAULT 0,
  details      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor     TEXT NOT NULL DEFAULT 'user',
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT,
  details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
`,
};
