/**
 * What the demo's goods measure and how its overseas suppliers ship: a packed unit's volume (m³)
 * and weight (kg) per product template, and a container capacity for some overseas suppliers, so
 * the plan's container rule has something to show. Deterministic without the random streams:
 * adding these facts must not move any other demo number.
 */

import type { Product } from './catalog';
import type { Supplier } from './suppliers';

/** [m³, kg] of one packed unit (carton share included), per template code. */
const UNIT_SIZE: Record<string, readonly [number, number]> = {
  LSH: [0.004, 0.32], TEE: [0.002, 0.2], DWN: [0.012, 0.95], HOD: [0.006, 0.62], WLT: [0.004, 0.42], KNC: [0.005, 0.55],
  PSK: [0.003, 0.3], WCT: [0.01, 1.6], YGL: [0.0015, 0.22], UPF: [0.003, 0.26], THM: [0.002, 0.25], SCK: [0.001, 0.16],
  MUG: [0.003, 0.48], BED: [0.018, 2.9], DIF: [0.006, 0.85], STB: [0.02, 0.65], TWL: [0.005, 0.62], BLK: [0.012, 1.3],
  CRF: [0.006, 1.05], CDL: [0.0015, 0.52],
  SRM: [0.0003, 0.12], SUN: [0.0003, 0.09], LIP: [0.0001, 0.035], CLN: [0.0003, 0.13], MSK: [0.0006, 0.31],
  HND: [0.0002, 0.075], SHP: [0.0012, 0.62], BDL: [0.0006, 0.32],
  FDS: [0.0015, 0.08], NUT: [0.002, 0.32], SWC: [0.0015, 0.06], OAT: [0.001, 0.52], DRP: [0.0012, 0.16], JRK: [0.0006, 0.13],
  TEA: [0.0012, 0.11], KJL: [0.0025, 0.62],
};

export interface UnitSize {
  volumeM3: number | null;
  weightKg: number | null;
}

/** The template's size, ±6% by product so variants differ a little (no random stream used). */
export function unitSize(product: Pick<Product, 'id' | 'template'>): UnitSize {
  const size = UNIT_SIZE[product.template.code];
  if (!size) return { volumeM3: null, weightKg: null };
  const spread = 1 + (((product.id * 37) % 13) - 6) / 100;
  return { volumeM3: round(size[0] * spread, 6), weightKg: round(size[1] * spread, 3) };
}

export interface ContainerTerms {
  volumeM3: number;
  weightKg: number;
  maxContainers: number | null;
}

/** Standard boxes: a 20ft holds about 28 m³ or 21.7 t, a 40ft about 58 m³ or 26.5 t. */
export const CONTAINER_20FT = { volumeM3: 28, weightKg: 21_700 } as const;
export const CONTAINER_40FT = { volumeM3: 58, weightKg: 26_500 } as const;

/** A booked share of a consolidated (LCL) container: what a small brand often gets per sailing. */
export const LCL_SHARE = { volumeM3: 6, weightKg: 3_000 } as const;

/**
 * Sea-freight suppliers ship in containers; domestic ones by truck, with no container limit. The
 * first overseas supplier ships one LCL share per order (small enough that the demo's biggest order
 * hits it), the second any number of 20ft boxes, the third at most one 40ft; generated ones cycle.
 */
export function containerTerms(supplier: Pick<Supplier, 'id' | 'kind'>, overseasIndex: number): ContainerTerms | null {
  if (supplier.kind !== 'overseas') return null;
  switch (overseasIndex % 4) {
    case 0: return { ...LCL_SHARE, maxContainers: 1 };
    case 1: return { ...CONTAINER_20FT, maxContainers: null };
    case 2: return { ...CONTAINER_40FT, maxContainers: 1 };
    default: return null;
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
