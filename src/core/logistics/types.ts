/** The logistics domain's public shapes: lanes, transfer drafts, shipment lines, container loads, reasons. */

import type { TariffColumns } from '../freight/tariff';
import type { ContainerKind, FreightMode } from '../freight/types';
import type { TaskContext } from '../ground/task-context';

export type { ContainerKind, FreightMode };

export type LaneOriginKind = 'supplier' | 'warehouse';

/** A stored lane with its codes resolved. */
export interface Lane extends TariffColumns {
  id: number;
  originKind: LaneOriginKind;
  supplierId: number | null;
  originLocationId: number | null;
  /** Supplier code or warehouse code. */
  origin: string;
  destinationLocationId: number;
  destination: string;
  originPort: string | null;
  transitSource: 'entered' | 'measured';
  transitSamples: number;
  /** As entered (or imported), kept when the transit is measured. */
  enteredTransitDays: number | null;
  currency: string;
  active: boolean;
  notes: string | null;
}

/** What a lane is made of when written (by the UI or an import): codes resolved to ids by the writer. */
export type LaneInput = Omit<Lane, 'id' | 'origin' | 'destination' | 'transitSource' | 'transitSamples' | 'enteredTransitDays'> & { id?: number };

/**
 * Why a line is as it is: a kind the UI translates and the figures it is made of. Money is in the
 * plan's currency; days are whole days; units are units of the SKU.
 */
export type LogisticsReason =
  | {
      kind: 'transfer_pays';
      excessUnits: number;
      shortUnitsPrevented: number;
      marginSaved: number;
      transferCost: number;
      orderingCost: number;
      /** The destination's plan line ordered this many before the transfer… */
      plannedPurchase: number;
      /** …and this many with the transferred units counted in its position (absent in drafts stored before). */
      purchaseAfterTransfer?: number;
      purchaseFreightKnown: boolean;
    }
  | {
      kind: 'mode_cheapest';
      mode: FreightMode;
      freight: number;
      lostMargin: number;
      total: number;
      /** The next best single lane, to show what was beaten. */
      runnerUp: { mode: FreightMode; freight: number; lostMargin: number; total: number } | null;
    }
  | {
      kind: 'split_urgent';
      urgentMode: FreightMode;
      urgentUnits: number;
      restMode: FreightMode;
      restUnits: number;
      freight: number;
      lostMargin: number;
      total: number;
      bestSingle: { mode: FreightMode; freight: number; lostMargin: number; total: number };
    }
  | { kind: 'only_lane'; mode: FreightMode; freight: number }
  | {
      kind: 'expedite_pays';
      poNumber: string;
      stockoutDay: number;
      currentArrivalDay: number;
      expeditedArrivalDay: number;
      mode: FreightMode;
      extraFreight: number;
      marginSaved: number;
    };

export interface TransferDraft {
  productId: number;
  sku: string;
  fromLocationId: number;
  from: string;
  toLocationId: number;
  to: string;
  laneId: number;
  mode: FreightMode;
  quantity: number;
  /** UTC day numbers (ground/calendar) and their ISO dates. */
  shipDay: number;
  arrivalDay: number;
  shipDate: string;
  arrivalDate: string;
  /** Freight and fees of the move. */
  cost: number;
  /** What one unit cost to buy, and with its share of the move (the destination's landed cost). */
  unitCost: number;
  landedUnitCost: number;
  currency: string;
  reason: LogisticsReason & { kind: 'transfer_pays' };
}

export type ShipmentSource = 'draft' | 'open_po';

export interface ShipmentLine {
  source: ShipmentSource;
  /** The plan line (drafts) or PO line (open orders) this ships. */
  planLineId: number | null;
  poLineId: number | null;
  poNumber: string | null;
  productId: number;
  sku: string;
  supplierId: number;
  supplier: string;
  toLocationId: number;
  to: string;
  laneId: number;
  mode: FreightMode;
  /** 'whole' ships everything; a split has an 'urgent' and a 'rest' line. */
  part: 'whole' | 'urgent' | 'rest';
  quantity: number;
  shipDay: number;
  arrivalDay: number;
  shipDate: string;
  arrivalDate: string;
  freightCost: number;
  dutyCost: number;
  unitCost: number;
  landedUnitCost: number;
  /** The consolidated container load holding (the start of) this line, when it ships in one. */
  containerId: string | null;
  /** Units of a consolidated line left out of the boxes, shipping loose (LCL); 0 otherwise. */
  looseUnits: number;
  currency: string;
  reason: LogisticsReason;
}

export interface ContainerLoad {
  id: string;
  originPort: string;
  toLocationId: number;
  to: string;
  /** Monday (ISO date) of the week the goods ship. */
  weekStart: string;
  kind: ContainerKind;
  volumeM3: number;
  weightKg: number;
  /** Fill of the binding dimension, 0–100. */
  fillPct: number;
  binding: 'volume' | 'weight';
  /** This box's share of the group's container cost. */
  cost: number;
  suppliers: string[];
  lines: number;
}

/** One port-week-warehouse group: its cheapest load (boxes + a loose remainder) against each supplier booking alone. */
export interface ConsolidationGroup {
  originPort: string;
  to: string;
  weekStart: string;
  counts: Record<ContainerKind, number>;
  /** Boxes + loose remainder. */
  cost: number;
  boxCost: number;
  /** The remainder shipped loose (LCL) and what it costs; 0 when the boxes hold everything. */
  looseM3: number;
  looseKg: number;
  looseCost: number;
  separateCost: number;
  volumeM3: number;
  weightKg: number;
  fillPct: number;
  suppliers: string[];
  containerIds: string[];
}

export interface ExpediteCandidate {
  poNumber: string;
  poLineId: number;
  productId: number;
  sku: string;
  supplier: string;
  toLocationId: number;
  to: string;
  quantity: number;
  stockoutDate: string;
  currentArrivalDate: string;
  expeditedArrivalDate: string;
  mode: FreightMode;
  laneId: number;
  extraFreight: number;
  marginSaved: number;
  currency: string;
  reason: LogisticsReason & { kind: 'expedite_pays' };
}

/** What the result could not do, and what to import or fix. */
export type LogisticsNote =
  | { kind: 'no_lane'; supplier: string; to: string; lines: number }
  | { kind: 'no_transfer_lane'; from: string; to: string }
  | { kind: 'missing_unit_size'; figure: 'volume' | 'weight'; skus: number; example: string }
  | { kind: 'no_margin'; skus: number }
  | { kind: 'no_purchase_freight'; transfers: number };

export interface LogisticsSummary {
  transfers: number;
  transferUnits: number;
  transferCost: number;
  shipments: number;
  splitShipments: number;
  freightCost: number;
  dutyCost: number;
  containers: number;
  containerCost: number;
  separateContainerCost: number;
  expedite: number;
  byMode: Partial<Record<FreightMode, { lines: number; units: number; freight: number }>>;
}

export interface LogisticsPlan {
  planId: number;
  planDate: string;
  currency: string;
  transfers: TransferDraft[];
  shipments: ShipmentLine[];
  containers: ContainerLoad[];
  consolidation: ConsolidationGroup[];
  expediteCandidates: ExpediteCandidate[];
  notes: LogisticsNote[];
  summary: LogisticsSummary;
}

export interface PlanLogisticsOptions {
  /** The plan to ship; the newest plan when absent. */
  planId?: number;
  ctx?: TaskContext;
  /** Yearly cost of holding stock, as a share of its cost (default: the planner's 25%). */
  holdingRatePerYear?: number;
}
