import type { Migration } from './types';

/**
 * What importing needs beyond the planning tables: saved column mappings, the order
 * lines behind daily sales, and what undo needs to put the workspace back as it was.
 * Undo data is kept per import and dropped when the import is undone.
 */
export const migration002: Migration = {
  version: 2,
  name: 'import mappings, order lines, undo',
  sql: `
-- A mapping per file shape: signature = sha256 of kind + normalised headers.
CREATE TABLE import_mappings (
  signature        TEXT PRIMARY KEY,
  kind             TEXT NOT NULL,
  header_signature TEXT NOT NULL,
  headers          TEXT NOT NULL CHECK (json_valid(headers)),
  mapping          TEXT NOT NULL CHECK (json_valid(mapping)),
  source           TEXT,
  used_count       INTEGER NOT NULL DEFAULT 1,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX import_mappings_headers ON import_mappings (header_signature);

-- Order lines as imported; daily sales are their sums. A later import covering the
-- same SKU, location and days marks them replaced_by instead of deleting them, so that
-- undoing the later import brings them back. description is NULL when it is the
-- product's name. No index on product or date: a million-line import stays fast, and
-- analyses scan the table anyway (add one in a later migration if a query needs it).
CREATE TABLE order_lines (
  id          INTEGER PRIMARY KEY,
  import_id   INTEGER NOT NULL REFERENCES import_log (id),
  order_id    TEXT NOT NULL,
  product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id INTEGER NOT NULL REFERENCES locations (id),
  ordered_at  TEXT NOT NULL,
  date        TEXT NOT NULL,
  quantity    REAL NOT NULL,
  unit_price  REAL,
  revenue     REAL NOT NULL DEFAULT 0,
  description TEXT,
  customer_id TEXT,
  country     TEXT,
  cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  replaced_by INTEGER REFERENCES import_log (id),
  source_row  INTEGER
) STRICT;
CREATE INDEX order_lines_replaced ON order_lines (replaced_by) WHERE replaced_by IS NOT NULL;
CREATE VIEW order_lines_current AS SELECT * FROM order_lines WHERE replaced_by IS NULL;

-- Sales an import replaced: per SKU and location, the days it covered ...
CREATE TABLE import_sales_ranges (
  import_id   INTEGER NOT NULL REFERENCES import_log (id),
  product_id  INTEGER NOT NULL,
  location_id INTEGER NOT NULL,
  date_from   TEXT NOT NULL,
  date_to     TEXT NOT NULL,
  PRIMARY KEY (import_id, product_id, location_id)
) STRICT, WITHOUT ROWID;

-- ... and the rows that were there before it.
CREATE TABLE import_replaced_sales (
  import_id   INTEGER NOT NULL REFERENCES import_log (id),
  product_id  INTEGER NOT NULL,
  location_id INTEGER NOT NULL,
  date        TEXT NOT NULL,
  units       REAL NOT NULL,
  revenue     REAL NOT NULL,
  orders      INTEGER NOT NULL,
  promo       INTEGER NOT NULL,
  stockout    INTEGER NOT NULL,
  PRIMARY KEY (import_id, product_id, location_id, date)
) STRICT, WITHOUT ROWID;

-- Every other row an import inserted, updated or deleted, replayed backwards by undo.
CREATE TABLE import_undo (
  id         INTEGER PRIMARY KEY,
  import_id  INTEGER NOT NULL REFERENCES import_log (id),
  table_name TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('inserted', 'updated', 'deleted')),
  row_key    TEXT NOT NULL CHECK (json_valid(row_key)),
  before     TEXT CHECK (before IS NULL OR json_valid(before))
) STRICT;
CREATE INDEX import_undo_import ON import_undo (import_id);

CREATE INDEX import_log_fingerprint ON import_log (fingerprint);
`,
};
