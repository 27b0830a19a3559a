/** Shapes shared by the planning modules. */

import type { PlanFlag } from '../../shared/contract/schemas/plan-reason';
import type { FreightMode } from '../freight/types';
import type { Abc, Xyz } from './classify';
import type { DemandShape } from './demand-distribution';
import type { RoundingStep } from './rounding';
import type { Policy } from './settings';

export interface LeadTimeUsed {
  meanDays: number;
  sdDays: number;
  source: 'measured' | 'promised';
  /** Measured per supplier-SKU, or the supplier as a whole. */
  level: 'sku' | 'supplier' | 'terms';
  samples: number;
}

export interface BudgetEffect {
  /** Quantity before the budget, and after (0 = delayed to a later plan). */
  from: number;
  to: number;
  /** Margin protected per unit of cash spent, of the full quantity. */
  marginPerCash: number;
  /** Expected fill rate over the protection period with the full and with the cut quantity. */
  fillBefore: number;
  fillAfter: number;
}

/** How a supplier ships: one container's capacity (either may be unknown) and the most containers per order. */
export interface ContainerTerms {
  volumeM3: number | null;
  weightKg: number | null;
  maxContainers: number | null;
}

export type ContainerBasis = 'volume' | 'weight';

export interface ContainerEffect {
  /** Quantity before the container limit, and after (0 = waits for the next order). */
  from: number;
  to: number;
  /** The dimension that filled the containers first, and the limit in containers. */
  basis: ContainerBasis;
  maxContainers: number;
  /** Margin protected per m³ (or kg) of the full quantity: the order lines are cut in. */
  marginPerSpace: number;
}

/** One planned SKU-location: everything the line's reason is made of. */
export interface PlanLine {
  productId: number;
  sku: string;
  category: string | null;
  locationId: number;
  location: string;
  supplierId: number | null;
  supplier: string | null;
  currency: string;
  policy: Policy;
  abc: Abc;
  xyz: Xyz;
  serviceLevel: number;
  reviewDays: number;
  unitCost: number | null;
  unitPrice: number | null;
  /**
   * Unit cost + freight + duty per unit on the supplier's usual lane to this warehouse (null: no
   * lane, or the lane charges by a figure the SKU lacks; absent in plans stored before lanes).
   */
  landedUnitCost?: number | null;
  landedMode?: FreightMode | null;
  moq: number;
  orderMultiple: number;
  maxOrderQty: number | null;
  /** m³ and kg of one unit (null: not known), and the supplier's containers (null: none). */
  unitVolume: number | null;
  unitWeight: number | null;
  container: ContainerTerms | null;
  onHand: number;
  hasSnapshot: boolean;
  onOrder: number;
  backorders: number;
  position: number;
  runOutDate: string | null;
  daysOfCover: number | null;
  leadTime: LeadTimeUsed;
  /** Demand over the protection period (lead time + review for order-up-to). */
  coverDays: number;
  coverMean: number;
  coverVariance: number;
  forecastSd: number;
  leadTimeSd: number;
  shape: DemandShape;
  targetLevel: number;
  safetyStock: number;
  /** Reorder point: the level at which to order (= target level for order-up-to). */
  reorderPoint: number;
  /** Order-up-to level the quantity brings the position to. */
  orderUpTo: number;
  needQty: number;
  roundingSteps: RoundingStep[];
  rounding: string;
  capped: boolean;
  suggestedQty: number;
  quantity: number;
  budget: BudgetEffect | null;
  containerCut: ContainerEffect | null;
  orderDate: string;
  expectedArrival: string;
  flags: PlanFlag[];
  locked: boolean;
  edited: boolean;
  status: 'draft' | 'approved' | 'cut';
  reason: string;
}

export interface SupplierDraft {
  supplierId: number;
  supplier: string;
  supplierName: string;
  locationId: number;
  location: string;
  currency: string;
  orderDate: string;
  expectedArrival: string;
  lines: number;
  units: number;
  value: number;
  minOrderValue: number | null;
  /** null when the supplier has no minimum. */
  minOrderValueMet: boolean | null;
  /** Lines raised to their MOQ, and lines capped by a maximum. */
  moqRaised: number;
  capped: number;
  /** Container fill; null when the supplier ships without a container capacity. */
  container: DraftContainer | null;
}

/**
 * A draft's containers: "2 × 58 m³, 87% full". `containers` is how many the lines need (by the
 * binding dimension); `room` what the last one still holds and `fillWith` whole packs of the
 * line protecting the most margin per m³ (or kg) that would fill it.
 */
export interface DraftContainer {
  volumeM3: number | null;
  weightKg: number | null;
  maxContainers: number | null;
  /**
   * 'no_data': no line has the unit volume or weight the capacity is measured in (rule skipped);
   * 'at_limit': the most containers allowed, at least 95% full; 'over': more than allowed (locked lines, edits).
   */
  status: 'no_data' | 'within' | 'at_limit' | 'over';
  binding: ContainerBasis | null;
  containers: number;
  volume: number;
  weight: number;
  /** Share of the containers' capacity used, by the binding dimension (0–1). */
  fill: number;
  roomVolume: number | null;
  roomWeight: number | null;
  linesWithoutData: number;
  cutLines: number;
  fillWith: { productId: number; sku: string; units: number } | null;
}

export interface PlanOptions {
  /** Forecast run; default the newest done run. */
  runId?: number;
  /** Orders are dated here; default the run's last day of history, or the last sales day when later. */
  planDate?: string;
  /** One cycle-service target for every line, instead of the class targets. */
  serviceLevel?: number;
  /** Cash for this plan's orders; lines are cut by margin protected per unit of cash. */
  budget?: number;
  /** Use promised lead times instead of measured ones. */
  usePromisedLeadTimes?: boolean;
  /** EOQ inputs for reorder-point lines. */
  orderingCost?: number;
  holdingRatePerYear?: number;
  /** A plan whose locked, unapproved lines keep their quantity in this one (re-planning). */
  keepLockedFrom?: number;
}

export interface Plan {
  id: number | null;
  planDate: string;
  runId: number;
  createdAt: string;
  settings: PlanOptions;
  lines: PlanLine[];
  drafts: SupplierDraft[];
  summary: PlanSummary;
}

export interface PlanSummary {
  skuLocations: number;
  linesToOrder: number;
  units: number;
  value: number;
  noSnapshot: number;
  noSupplier: number;
  budget: number | null;
  cutLines: number;
  cutValue: number;
}
