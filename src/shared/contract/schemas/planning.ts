import { z } from 'zod';
import { planFlagSchema, planReasonSchema, roundingPartSchema } from './plan-reason';

const num = z.number().nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const fraction = z.number().gt(0, 'a service level is above 0').lt(1, 'a service level is below 1 (e.g. 0.95)');
/** A service level: strictly between 0 and 1. The core checks plans, simulations and settings with it. */
export const serviceLevelSchema = fraction;
/** A purchase budget: an amount of 0 or more (null, where allowed, means none). */
export const budgetSchema = z.number().min(0);
export const abcXyzClasses = ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ'] as const;
export const policySchema = z.enum(['order_up_to', 'reorder_point']);
export type PlanningPolicy = z.infer<typeof policySchema>;

export const planSummarySchema = z.object({
  skuLocations: z.number().int(),
  linesToOrder: z.number().int(),
  units: z.number(),
  value: z.number(),
  noSnapshot: z.number().int(),
  noSupplier: z.number().int(),
  /**
   * SKUs the plan lacks an input for: no stock snapshot and no supplier terms, no snapshot only
   * (on hand taken as 0), no terms only (not ordered). Absent in plans stored before it was counted.
   */
  missingInputs: z.object({ stockAndTerms: z.number().int(), stockOnly: z.number().int(), termsOnly: z.number().int() }).optional(),
  budget: num,
  cutLines: z.number().int(),
  cutValue: z.number(),
});

export const planListItemSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  planDate: z.string(),
  runId: z.number().int().nullable(),
  status: z.string(),
  lines: z.number().int(),
  summary: planSummarySchema,
});
export type PlanListItem = z.infer<typeof planListItemSchema>;

export const budgetEffectSchema = z.object({
  from: z.number(),
  to: z.number(),
  marginPerCash: z.number(),
  fillBefore: z.number(),
  fillAfter: z.number(),
});

const containerBasisSchema = z.enum(['volume', 'weight']);

/** How the line's supplier ships: a container's capacity and the most containers per order. */
export const containerTermsSchema = z.object({ volumeM3: num, weightKg: num, maxContainers: num });

/** What the container limit did to a line (like the budget's cut). */
export const containerEffectSchema = z.object({
  from: z.number(),
  to: z.number(),
  basis: containerBasisSchema,
  maxContainers: z.number(),
  marginPerSpace: z.number(),
});

/** A draft's containers: "2 × 58 m³, 87% full", the room left and what would fill it. */
export const draftContainerSchema = z.object({
  volumeM3: num,
  weightKg: num,
  maxContainers: num,
  status: z.enum(['no_data', 'within', 'at_limit', 'over']),
  binding: containerBasisSchema.nullable(),
  containers: z.number().int(),
  volume: z.number(),
  weight: z.number(),
  fill: z.number(),
  roomVolume: num,
  roomWeight: num,
  linesWithoutData: z.number().int(),
  cutLines: z.number().int(),
  fillWith: z.object({ productId: z.number().int(), sku: z.string(), units: z.number() }).nullable(),
});
export type DraftContainerRow = z.infer<typeof draftContainerSchema>;

/** One row of the plan grid: a SKU at a location, what to order and why. */
export const planLineRowSchema = z.object({
  lineId: z.number().int(),
  productId: z.number().int(),
  locationId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  location: z.string(),
  supplierId: z.number().int().nullable(),
  supplier: z.string().nullable(),
  supplierName: z.string().nullable(),
  currency: z.string(),
  abc: z.string(),
  xyz: z.string(),
  policy: policySchema,
  serviceLevel: z.number(),
  onHand: z.number(),
  hasSnapshot: z.boolean(),
  onOrder: z.number(),
  position: z.number(),
  daysOfCover: num,
  stockOutDate: z.string().nullable(),
  safetyStock: z.number(),
  reorderPoint: z.number(),
  /** Before rounding (what the policy asks for) and after (what the terms allow). */
  needQty: z.number(),
  suggestedQty: z.number(),
  quantity: z.number(),
  /** "183 → 200: case pack 50"; empty when nothing was rounded. */
  rounding: z.string(),
  /** The same rounding as data, for a translated text. */
  roundingParts: z.array(roundingPartSchema),
  moq: z.number(),
  orderMultiple: z.number(),
  unitCost: num,
  value: z.number(),
  orderDate: z.string(),
  expectedArrival: z.string(),
  locked: z.boolean(),
  edited: z.boolean(),
  status: z.enum(['draft', 'approved', 'cut']),
  /** The purchase order an approved line became; null while it is a draft. */
  poNumber: z.string().nullable(),
  budget: budgetEffectSchema.nullable(),
  /** m³ and kg per unit, the supplier's containers, and what their limit cut. */
  unitVolume: num,
  unitWeight: num,
  container: containerTermsSchema.nullable(),
  containerCut: containerEffectSchema.nullable(),
  flags: z.array(planFlagSchema),
  /** The English sentence the export carries (a stored plan keeps the one it was made with). */
  reason: z.string(),
  /** The same reason as data, for the UI's language; null for lines stored before reasons were data. */
  reasonData: planReasonSchema.nullable(),
});
export type PlanLineRow = z.infer<typeof planLineRowSchema>;

export const projectedPeriodSchema = z.object({
  date: z.string(),
  /** Expected stock at the end of the period without and with this line's order. */
  stock: z.number(),
  stockWithOrder: z.number(),
  arrivals: z.number(),
  /** Forecast demand of the period: median and 80% band. */
  p50: z.number(),
  p10: z.number(),
  p90: z.number(),
});

export const planLineDetailSchema = z.object({
  row: planLineRowSchema,
  explanation: z.object({
    coverDays: z.number(),
    coverMean: z.number(),
    coverSd: z.number(),
    reviewDays: z.number(),
    leadTime: z.object({
      meanDays: z.number(),
      sdDays: z.number(),
      source: z.enum(['measured', 'promised']),
      level: z.enum(['sku', 'supplier', 'terms']),
      samples: z.number(),
    }),
    shape: z.enum(['normal', 'count']),
    targetLevel: z.number(),
    orderUpTo: z.number(),
    maxOrderQty: num,
    roundingSteps: z.array(z.string()),
  }),
  projection: z.array(projectedPeriodSchema),
  stockOutDateWithOrder: z.string().nullable(),
});
export type PlanLineDetail = z.infer<typeof planLineDetailSchema>;

export const supplierDraftSchema = z.object({
  supplierId: z.number().int(),
  supplier: z.string(),
  supplierName: z.string(),
  locationId: z.number().int(),
  location: z.string(),
  currency: z.string(),
  orderDate: z.string(),
  expectedArrival: z.string(),
  lines: z.number().int(),
  units: z.number(),
  value: z.number(),
  minOrderValue: num,
  minOrderValueMet: z.boolean().nullable(),
  moqRaised: z.number().int(),
  capped: z.number().int(),
  container: draftContainerSchema.nullable(),
  status: z.enum(['draft', 'approved']),
  /** The purchase orders an approved draft became (empty for a draft). */
  poNumbers: z.array(z.string()),
});
export type SupplierDraftRow = z.infer<typeof supplierDraftSchema>;

export const planDraftsSchema = z.object({
  drafts: z.array(supplierDraftSchema),
  budget: z.object({
    budget: num,
    /** What the plan's lines cost now (after edits), and before any budget cut. */
    planValue: z.number(),
    uncutValue: z.number(),
    cutLines: z.number().int(),
    cutValue: z.number(),
    cut: z.array(
      z.object({
        lineId: z.number().int(),
        sku: z.string(),
        location: z.string(),
        from: z.number(),
        to: z.number(),
        value: z.number(),
        fillBefore: z.number(),
        fillAfter: z.number(),
      }),
    ),
  }),
});
export type PlanDrafts = z.infer<typeof planDraftsSchema>;

export const settingOverrideSchema = z
  .object({
    scope: z.enum(['default', 'class', 'category', 'sku']),
    scopeKey: z.string(),
    serviceLevel: fraction.nullable().optional(),
    policy: policySchema.nullable().optional(),
    reviewDays: z.number().int().min(1).max(365).nullable().optional(),
  })
  .strict();

export const planningSettingsSchema = z.object({
  /** The target per ABC×XYZ class in force (the user's, else the default) and the default itself. */
  classes: z.array(z.object({ cls: z.enum(abcXyzClasses), serviceLevel: z.number(), defaultServiceLevel: z.number(), policy: policySchema, reviewDays: z.number() })),
  overrides: z.array(settingOverrideSchema),
  /** The catalogue's categories, for a target per category. */
  categories: z.array(z.string()),
  budget: num,
});
export type PlanningSettings = z.infer<typeof planningSettingsSchema>;

export const planningSettingsPatchSchema = z
  .object({
    overrides: z.array(settingOverrideSchema).optional(),
    /** null clears the budget. */
    budget: budgetSchema.nullable().optional(),
  })
  .strict();

/** One policy's outcome in a simulation (stored in the workspace in the simulator's snake_case; the API's is camelCase). */
export const policyResultSchema = z.object({
  policy: z.string(),
  fillRate: z.number(),
  cycleServiceLevel: z.number(),
  stockoutDays: z.number(),
  avgInventoryValue: z.number(),
  orders: z.number(),
  totalCost: z.number(),
  holdingCost: z.number(),
  orderingCost: z.number(),
  lostMargin: z.number(),
  demandUnits: z.number(),
  lostUnits: z.number(),
});

export const simulationSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  seconds: num,
  settings: z.object({
    from: z.string(),
    to: z.string(),
    serviceLevel: z.number(),
    reviewDays: z.number(),
    minCoverDays: z.number(),
    maxCoverDays: z.number(),
    curve: z.boolean(),
  }),
  results: z.object({
    skuLocations: z.number().int(),
    current: policyResultSchema,
    supplydesk: policyResultSchema,
    curve: z.array(z.object({ target: z.number(), cycleServiceLevel: z.number(), fillRate: z.number(), avgInventoryValue: z.number() })),
  }),
});
export type SimulationRow = z.infer<typeof simulationSchema>;

export const planStartSchema = z
  .object({ runId: z.number().int().optional(), serviceLevel: fraction.optional(), budget: budgetSchema.nullable().optional() })
  .strict();

export const simulateInputSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Without `from`: this many days up to `to` (default the last sales day). */
    days: z.number().int().min(28).max(730).optional(),
    serviceLevel: fraction.optional(),
    reviewDays: z.number().int().min(1).max(90).optional(),
    minCoverDays: z.number().min(0).max(365).optional(),
    maxCoverDays: z.number().min(0).max(730).optional(),
    curve: z.boolean().optional(),
  })
  .strict();

export const planLineRefSchema = z.object({ planId: z.number().int(), lineId: z.number().int() }).strict();
