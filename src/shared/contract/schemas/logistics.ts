import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const money = z.number().min(0, 'an amount is 0 or more');

export const freightModes = ['sea', 'rail', 'air', 'truck', 'express'] as const;
export const freightModeSchema = z.enum(freightModes);
export type FreightModeName = z.infer<typeof freightModeSchema>;

/** Why a draft or order: a kind and its figures, worded by the UI in the user's language. */
export const logisticsReasonSchema = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));
export type LogisticsReason = z.infer<typeof logisticsReasonSchema>;

export const transferStatuses = ['open', 'in_transit', 'partial', 'received', 'cancelled'] as const;
export const transferStatusSchema = z.enum(transferStatuses);

/** A transfer draft as the user approves it (the quantity may be edited), with an optional note. */
export const transferApprovalSchema = z
  .object({
    productId: z.number().int(),
    fromLocationId: z.number().int(),
    toLocationId: z.number().int(),
    laneId: z.number().int().nullable().optional(),
    mode: freightModeSchema,
    quantity: z.number().gt(0, 'a transfer moves more than 0 units'),
    shipDate: isoDate,
    arrivalDate: isoDate,
    freightCost: money.nullable().optional(),
    planId: z.number().int().nullable().optional(),
    reason: logisticsReasonSchema.optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type TransferApproval = z.infer<typeof transferApprovalSchema>;

export const transferOrderRowSchema = z.object({
  id: z.number().int(),
  transferNumber: z.string(),
  productId: z.number().int(),
  sku: z.string(),
  productName: z.string(),
  fromLocationId: z.number().int(),
  fromLocation: z.string(),
  toLocationId: z.number().int(),
  toLocation: z.string(),
  mode: freightModeSchema,
  quantity: z.number(),
  received: z.number(),
  shipDate: z.string(),
  arrivalDate: z.string(),
  receivedDate: z.string().nullable(),
  freightCost: z.number().nullable(),
  currency: z.string(),
  status: transferStatusSchema,
  planId: z.number().int().nullable(),
  reason: logisticsReasonSchema,
  createdAt: z.string(),
});
export type TransferOrderRow = z.infer<typeof transferOrderRowSchema>;

const tariff = money.nullable();

/** A lane as the grid shows and edits it: origin and destination by code, as the import names them. */
export const laneRowSchema = z.object({
  id: z.number().int(),
  originKind: z.enum(['supplier', 'warehouse']),
  origin: z.string(),
  destination: z.string(),
  mode: freightModeSchema,
  originPort: z.string().nullable(),
  transitDays: z.number(),
  transitSdDays: z.number(),
  transitSource: z.enum(['entered', 'measured']),
  costPerUnit: tariff,
  costPerKg: tariff,
  costPerM3: tariff,
  costPer20ft: tariff,
  costPer40ft: tariff,
  costPer40hc: tariff,
  fixedCost: z.number(),
  dutyRate: z.number(),
  currency: z.string(),
});
export type LaneRow = z.infer<typeof laneRowSchema>;

/** A new lane (no id) or an edited one; checked like a row of the lanes import. */
export const laneInputSchema = z
  .object({
    id: z.number().int().optional(),
    originKind: z.enum(['supplier', 'warehouse']),
    origin: z.string().trim().min(1, 'name the origin: a supplier code or a warehouse code'),
    destination: z.string().trim().min(1, 'name the destination warehouse'),
    mode: freightModeSchema,
    originPort: z.string().trim().max(60).nullable().optional(),
    transitDays: z.number().min(0, 'transit days are 0 or more').max(365, 'transit days are at most 365'),
    transitSdDays: z.number().min(0).max(180).optional(),
    costPerUnit: tariff.optional(),
    costPerKg: tariff.optional(),
    costPerM3: tariff.optional(),
    costPer20ft: tariff.optional(),
    costPer40ft: tariff.optional(),
    costPer40hc: tariff.optional(),
    fixedCost: money.optional(),
    dutyRate: z.number().min(0, 'a duty rate is 0 or more').max(5, 'a duty rate is a fraction (0.1 = 10%)').optional(),
  })
  .strict();
export type LaneInput = z.infer<typeof laneInputSchema>;

/** A reason as the domain gives it: a kind the UI words, and its figures (some nested: the lane beaten). */
export const reasonSchema = z.object({ kind: z.string() }).catchall(z.unknown());

export const transferDraftSchema = z.object({
  productId: z.number().int(),
  sku: z.string(),
  fromLocationId: z.number().int(),
  from: z.string(),
  toLocationId: z.number().int(),
  to: z.string(),
  laneId: z.number().int(),
  mode: freightModeSchema,
  quantity: z.number(),
  shipDate: z.string(),
  arrivalDate: z.string(),
  cost: z.number(),
  currency: z.string(),
  reason: reasonSchema,
});
export type TransferDraftRow = z.infer<typeof transferDraftSchema>;

export const shipmentLineSchema = z.object({
  source: z.enum(['draft', 'open_po']),
  planLineId: z.number().int().nullable(),
  poLineId: z.number().int().nullable(),
  poNumber: z.string().nullable(),
  productId: z.number().int(),
  sku: z.string(),
  supplierId: z.number().int(),
  supplier: z.string(),
  toLocationId: z.number().int(),
  to: z.string(),
  laneId: z.number().int(),
  mode: freightModeSchema,
  part: z.enum(['whole', 'urgent', 'rest']),
  quantity: z.number(),
  shipDate: z.string(),
  arrivalDate: z.string(),
  freightCost: z.number(),
  dutyCost: z.number(),
  unitCost: z.number(),
  landedUnitCost: z.number(),
  containerId: z.string().nullable(),
  /** Units of a consolidated line left out of the boxes, shipping loose (LCL). */
  looseUnits: z.number(),
  currency: z.string(),
  reason: reasonSchema,
});
export type ShipmentLineRow = z.infer<typeof shipmentLineSchema>;

export const containerLoadSchema = z.object({
  id: z.string(),
  originPort: z.string(),
  to: z.string(),
  weekStart: z.string(),
  kind: z.enum(['20ft', '40ft', '40hc']),
  volumeM3: z.number(),
  weightKg: z.number(),
  fillPct: z.number(),
  binding: z.enum(['volume', 'weight']),
  cost: z.number(),
  suppliers: z.array(z.string()),
  lines: z.number().int(),
});
export type ContainerLoadRow = z.infer<typeof containerLoadSchema>;

/** One port-week-warehouse load: its boxes by kind plus a loose remainder, and what it costs. */
export const consolidationGroupSchema = z.object({
  originPort: z.string(),
  to: z.string(),
  weekStart: z.string(),
  counts: z.object({ '20ft': z.number().int(), '40ft': z.number().int(), '40hc': z.number().int() }),
  cost: z.number(),
  boxCost: z.number(),
  looseM3: z.number(),
  looseKg: z.number(),
  looseCost: z.number(),
  separateCost: z.number(),
  volumeM3: z.number(),
  weightKg: z.number(),
  fillPct: z.number(),
  suppliers: z.array(z.string()),
  containerIds: z.array(z.string()),
});
export type ConsolidationGroupRow = z.infer<typeof consolidationGroupSchema>;

export const logisticsNoteSchema = z.object({ kind: z.string() }).catchall(z.unknown());
export type LogisticsNoteRow = z.infer<typeof logisticsNoteSchema>;

/** What the page needs and the workspace lacks: each says what to import or run. */
export const logisticsMissingSchema = z.enum(['warehouses', 'lanes', 'plan']);
export type LogisticsMissing = z.infer<typeof logisticsMissingSchema>;

/**
 * What the Logistics page shows first: the figures, notes and containers, and the first rows of the
 * transfer drafts and shipments with how many there are in all (56,000 shipments at 50,000 SKUs:
 * the rest come a page at a time, `logistics:transfers` / `logistics:shipments`).
 */
export const logisticsOverviewSchema = z.object({
  missing: z.array(logisticsMissingSchema),
  warehouses: z.number().int(),
  lanes: z.number().int(),
  planId: z.number().int().nullable(),
  planDate: z.string().nullable(),
  currency: z.string(),
  transfers: z.array(transferDraftSchema),
  transferCount: z.number().int(),
  shipments: z.array(shipmentLineSchema),
  shipmentCount: z.number().int(),
  containers: z.array(containerLoadSchema),
  consolidation: z.array(consolidationGroupSchema),
  notes: z.array(logisticsNoteSchema),
  summary: z.object({
    transfers: z.number(),
    transferCost: z.number(),
    shipments: z.number(),
    splitShipments: z.number(),
    freightCost: z.number(),
    dutyCost: z.number(),
    containers: z.number(),
    containerCost: z.number(),
    separateContainerCost: z.number(),
    expedite: z.number(),
  }).nullable(),
});
export type LogisticsOverview = z.infer<typeof logisticsOverviewSchema>;

/** Every shipment as its dot on the page's timeline: mode, arrival date, freight, units, SKU, warehouse. */
export const shipmentPointSchema = z.tuple([freightModeSchema, z.string(), z.number(), z.number(), z.string(), z.string()]);
export type ShipmentPoint = z.infer<typeof shipmentPointSchema>;

const armSchema = z.object({
  fillRate: z.number(),
  demandUnits: z.number(),
  lostUnits: z.number(),
  lostMargin: z.number(),
  freightCost: z.number(),
  holdingCost: z.number(),
  totalCost: z.number(),
  avgInventoryValue: z.number(),
  orders: z.number(),
  splitOrders: z.number(),
  expeditedUnits: z.number(),
  transfers: z.number(),
  transferUnits: z.number(),
  serviceLevel: z.number(),
});
export type ReplayArm = z.infer<typeof armSchema>;

export const logisticsReplaySchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  seconds: z.number().nullable(),
  settings: z.object({ from: z.string(), to: z.string(), serviceLevel: z.number(), reviewDays: z.number(), holdingRatePerYear: z.number() }),
  results: z.object({
    skus: z.number(),
    skuLocations: z.number(),
    multiWarehouseSkus: z.number(),
    lanes: z.number(),
    withoutLanes: z.number(),
    singleMode: armSchema,
    logistics: armSchema,
    singleModeAtEqualInventory: armSchema,
    /** Each decision alone (runs stored before they were measured lack them). */
    transfersOnly: armSchema.optional(),
    modeChoiceOnly: armSchema.optional(),
  }),
});
export type LogisticsReplayRow = z.infer<typeof logisticsReplaySchema>;

export const replayInputSchema = z
  .object({
    days: z.number().int().min(28, 'replay at least 28 days').max(730).optional(),
    serviceLevel: z.number().gt(0).lt(1).optional(),
  })
  .strict();
