/** Shapes of the freight engine: lanes' tariffs, goods' sizes, containers. Plain data, no tables. */

export const FREIGHT_MODES = ['sea', 'rail', 'air', 'truck', 'express'] as const;
export type FreightMode = (typeof FREIGHT_MODES)[number];

export const CONTAINER_KINDS = ['20ft', '40ft', '40hc'] as const;
export type ContainerKind = (typeof CONTAINER_KINDS)[number];

/** What moving goods on one lane costs and takes. Null tariffs are not charged. */
export interface LaneTariff {
  mode: FreightMode;
  /** Door to door transit, mean and standard deviation in days. */
  transitDays: number;
  transitSdDays: number;
  costPerUnit: number | null;
  costPerKg: number | null;
  costPerM3: number | null;
  /** Price of a whole container by kind (absent: the lane does not book that kind). */
  containerCosts: Partial<Record<ContainerKind, number>>;
  /** Per shipment, whatever its size. */
  fixedCost: number;
  /** Duty or fee on the goods' value (0.1 = 10%). */
  dutyRate: number;
}

/** One unit of a SKU: its cost and, where known, packed size. */
export interface UnitFacts {
  unitCost: number;
  volumeM3: number | null;
  weightKg: number | null;
}

/** Air and express bill the greater of actual and volumetric weight (1 m³ = 167 kg, IATA). */
export const VOLUMETRIC_KG_PER_M3 = 167;

/** Loadable capacity of standard boxes (what fits after stowage losses), and payload. */
export const CONTAINER_CAPACITY: Record<ContainerKind, { volumeM3: number; weightKg: number }> = {
  '20ft': { volumeM3: 28, weightKg: 21_700 },
  '40ft': { volumeM3: 58, weightKg: 26_500 },
  '40hc': { volumeM3: 68, weightKg: 26_500 },
};
