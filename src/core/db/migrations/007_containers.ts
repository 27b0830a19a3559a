import type { Migration } from './types';

/**
 * Container and volume limits. A product's unit volume (m³) and unit weight (kg) are facts of the
 * product, whoever supplies it. A container's capacity and the most containers one order may fill
 * belong to the supplier: they are how that supplier ships (a 40ft box from Ho Chi Minh, a 20ft from
 * Milan), the same for every SKU it sends. All optional: where they are missing the container rule
 * is skipped and the plan says so.
 */
export const migration007: Migration = {
  version: 7,
  name: 'product volumes and weights, supplier container capacity',
  sql: `
ALTER TABLE products ADD COLUMN unit_volume_m3 REAL CHECK (unit_volume_m3 IS NULL OR unit_volume_m3 > 0);
ALTER TABLE products ADD COLUMN unit_weight_kg REAL CHECK (unit_weight_kg IS NULL OR unit_weight_kg > 0);
ALTER TABLE suppliers ADD COLUMN container_volume_m3 REAL CHECK (container_volume_m3 IS NULL OR container_volume_m3 > 0);
ALTER TABLE suppliers ADD COLUMN container_weight_kg REAL CHECK (container_weight_kg IS NULL OR container_weight_kg > 0);
ALTER TABLE suppliers ADD COLUMN max_containers INTEGER CHECK (max_containers IS NULL OR max_containers > 0);
`,
};
