import type { Migration } from './types';

/**
 * Replenishment planning. A plan is a dated set of order lines computed from one forecast run;
 * each line keeps the figures behind its reason (explanation, JSON) so it can explain itself later.
 * Lines carry the planner's control state: locked (kept by budget cuts and re-plans), edited
 * (quantity changed by hand; suggested_qty keeps the computed one), and approved into a purchase
 * order line (po_line_id). planning_settings holds the user's service targets and policies by
 * ABC×XYZ class, category or SKU; the most specific scope wins. Every change is audited in audit_log.
 */
export const migration005: Migration = {
  version: 5,
  name: 'replenishment plans and planning settings',
  sql: `
CREATE TABLE plans (
  id              INTEGER PRIMARY KEY,
  created_at      TEXT NOT NULL,
  plan_date       TEXT NOT NULL,
  forecast_run_id INTEGER REFERENCES forecast_runs (id) ON DELETE SET NULL,
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'archived')),
  settings        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
  summary         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(summary)),
  notes           TEXT
) STRICT;
CREATE INDEX plans_created ON plans (created_at);

CREATE TABLE plan_lines (
  id               INTEGER PRIMARY KEY,
  plan_id          INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  product_id       INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  location_id      INTEGER NOT NULL CHECK (location_id >= 0),
  supplier_id      INTEGER REFERENCES suppliers (id) ON DELETE SET NULL,
  policy           TEXT NOT NULL CHECK (policy IN ('order_up_to', 'reorder_point')),
  abc              TEXT NOT NULL CHECK (abc IN ('A', 'B', 'C')),
  xyz              TEXT NOT NULL CHECK (xyz IN ('X', 'Y', 'Z')),
  service_level    REAL NOT NULL CHECK (service_level > 0 AND service_level < 1),
  need_qty         REAL NOT NULL,
  suggested_qty    REAL NOT NULL CHECK (suggested_qty >= 0),
  quantity         REAL NOT NULL CHECK (quantity >= 0),
  unit_cost        REAL CHECK (unit_cost IS NULL OR unit_cost >= 0),
  currency         TEXT NOT NULL DEFAULT 'CNY',
  moq              REAL NOT NULL DEFAULT 0 CHECK (moq >= 0),
  order_multiple   REAL NOT NULL DEFAULT 1 CHECK (order_multiple > 0),
  max_order_qty    REAL CHECK (max_order_qty IS NULL OR max_order_qty > 0),
  order_date       TEXT NOT NULL,
  expected_arrival TEXT NOT NULL,
  reason           TEXT NOT NULL,
  explanation      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(explanation)),
  locked           INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  edited           INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'cut')),
  po_line_id       INTEGER REFERENCES po_lines (id) ON DELETE SET NULL,
  UNIQUE (plan_id, product_id, location_id),
  CHECK (expected_arrival >= order_date),
  CHECK (status <> 'approved' OR po_line_id IS NOT NULL)
) STRICT;
CREATE INDEX plan_lines_supplier ON plan_lines (plan_id, supplier_id);

CREATE TABLE planning_settings (
  id            INTEGER PRIMARY KEY,
  scope         TEXT NOT NULL CHECK (scope IN ('default', 'class', 'category', 'sku')),
  scope_key     TEXT NOT NULL,
  service_level REAL CHECK (service_level IS NULL OR (service_level > 0 AND service_level < 1)),
  policy        TEXT CHECK (policy IS NULL OR policy IN ('order_up_to', 'reorder_point')),
  review_days   INTEGER CHECK (review_days IS NULL OR review_days > 0),
  updated_at    TEXT NOT NULL,
  UNIQUE (scope, scope_key),
  CHECK (scope <> 'default' OR scope_key = ''),
  CHECK (scope <> 'class' OR scope_key IN ('AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ'))
) STRICT;
`,
};
