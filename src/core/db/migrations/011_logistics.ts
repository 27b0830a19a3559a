import type { Migration } from './types';

/**
 * Logistics. A lane is how goods reach a warehouse: from a supplier (an inbound lane) or from
 * another warehouse (a transfer lane), by one mode, with its transit time (mean and spread: entered,
 * or measured from receipts when `transit_source = 'measured'`), its tariff (per unit, kg, m³, per
 * 20ft / 40ft / 40HC container, a fixed cost per shipment) and a duty or fee rate on the goods'
 * value. `origin_port` groups lanes whose shipments may share containers (same port, same week).
 *
 * A transfer order moves stock between two warehouses: approved from a transfer draft, counted as in
 * transit by inventory positions at its destination from ship to receipt, closed by receipts that
 * name it (`receipts.transfer_order_id`). Quantities: ordered, shipped (leaves the origin's stock),
 * received (summed from receipts, kept here for quick reads).
 */
export const migration011: Migration = {
  version: 11,
  name: 'lanes and transfer orders',
  sql: `
CREATE TABLE lanes (
  id                      INTEGER PRIMARY KEY,
  origin_kind             TEXT NOT NULL CHECK (origin_kind IN ('supplier', 'warehouse')),
  supplier_id             INTEGER REFERENCES suppliers (id) ON DELETE CASCADE,
  origin_location_id      INTEGER REFERENCES locations (id) ON DELETE CASCADE,
  destination_location_id INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
  mode                    TEXT NOT NULL CHECK (mode IN ('sea', 'rail', 'air', 'truck', 'express')),
  origin_port             TEXT,
  transit_days            REAL NOT NULL CHECK (transit_days >= 0),
  transit_sd_days         REAL NOT NULL DEFAULT 0 CHECK (transit_sd_days >= 0),
  transit_source          TEXT NOT NULL DEFAULT 'entered' CHECK (transit_source IN ('entered', 'measured')),
  transit_samples         INTEGER NOT NULL DEFAULT 0 CHECK (transit_samples >= 0),
  entered_transit_days    REAL CHECK (entered_transit_days IS NULL OR entered_transit_days >= 0),
  cost_per_unit           REAL CHECK (cost_per_unit IS NULL OR cost_per_unit >= 0),
  cost_per_kg             REAL CHECK (cost_per_kg IS NULL OR cost_per_kg >= 0),
  cost_per_m3             REAL CHECK (cost_per_m3 IS NULL OR cost_per_m3 >= 0),
  cost_per_20ft           REAL CHECK (cost_per_20ft IS NULL OR cost_per_20ft >= 0),
  cost_per_40ft           REAL CHECK (cost_per_40ft IS NULL OR cost_per_40ft >= 0),
  cost_per_40hc           REAL CHECK (cost_per_40hc IS NULL OR cost_per_40hc >= 0),
  fixed_cost              REAL NOT NULL DEFAULT 0 CHECK (fixed_cost >= 0),
  duty_rate               REAL NOT NULL DEFAULT 0 CHECK (duty_rate >= 0 AND duty_rate <= 5),
  currency                TEXT NOT NULL DEFAULT 'CNY',
  active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  notes                   TEXT,
  updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((origin_kind = 'supplier' AND supplier_id IS NOT NULL AND origin_location_id IS NULL)
      OR (origin_kind = 'warehouse' AND origin_location_id IS NOT NULL AND supplier_id IS NULL)),
  CHECK (origin_location_id IS NULL OR origin_location_id <> destination_location_id)
) STRICT;
CREATE UNIQUE INDEX lanes_key ON lanes (origin_kind, COALESCE(supplier_id, origin_location_id), destination_location_id, mode);
CREATE INDEX lanes_destination ON lanes (destination_location_id);

CREATE TABLE transfer_orders (
  id                INTEGER PRIMARY KEY,
  transfer_number   TEXT NOT NULL UNIQUE,
  product_id        INTEGER NOT NULL REFERENCES products (id),
  from_location_id  INTEGER NOT NULL REFERENCES locations (id),
  to_location_id    INTEGER NOT NULL REFERENCES locations (id),
  lane_id           INTEGER REFERENCES lanes (id) ON DELETE SET NULL,
  mode              TEXT NOT NULL CHECK (mode IN ('sea', 'rail', 'air', 'truck', 'express')),
  quantity          REAL NOT NULL CHECK (quantity > 0),
  qty_shipped       REAL NOT NULL DEFAULT 0 CHECK (qty_shipped >= 0),
  qty_received      REAL NOT NULL DEFAULT 0 CHECK (qty_received >= 0),
  ship_date         TEXT NOT NULL,
  expected_arrival  TEXT NOT NULL,
  received_date     TEXT,
  freight_cost      REAL CHECK (freight_cost IS NULL OR freight_cost >= 0),
  currency          TEXT NOT NULL DEFAULT 'CNY',
  status            TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'in_transit', 'partial', 'received', 'cancelled')),
  plan_id           INTEGER REFERENCES plans (id) ON DELETE SET NULL,
  reason            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(reason)),
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (from_location_id <> to_location_id),
  CHECK (expected_arrival >= ship_date)
) STRICT;
CREATE INDEX transfer_orders_product ON transfer_orders (product_id);
CREATE INDEX transfer_orders_status ON transfer_orders (status);

ALTER TABLE receipts ADD COLUMN transfer_order_id INTEGER REFERENCES transfer_orders (id) ON DELETE SET NULL;
CREATE INDEX receipts_transfer_order ON receipts (transfer_order_id);
`,
};
