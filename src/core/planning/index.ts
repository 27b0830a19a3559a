/** Replenishment planning: positions, safety stock, policies, supplier terms, budgets, PO drafts, export. */

export { buildPlan, latestRunId, type PlanProgress, DEFAULT_HOLDING_RATE, DEFAULT_ORDERING_COST } from './build-plan';
export { roundToTerms, packsUp, packsDown, type OrderTerms, type RoundedQuantity, type RoundingStep } from './rounding';
export { demandQuantile, expectedShortage, cycleServiceAt, type DemandDistribution, type DemandShape } from './demand-distribution';
export { protectionDemand, targetLevel, economicOrderQuantity, type ProtectionDemand, type TargetLevel } from './safety-stock';
export { classifyAbc, classifyXyz, ABC_CUTOFFS, XYZ_CUTOFFS, type Abc, type Xyz } from './classify';
export {
  DEFAULT_CLASS_SERVICE,
  DEFAULT_SETTING,
  readSettingOverrides,
  saveSettingOverride,
  settingResolver,
  type Policy,
  type SegmentSetting,
  type SettingOverride,
  type SettingScope,
} from './settings';
export { loadPositions, type InventoryPosition, type Arrival } from './inventory-position';
export { offerRead, withSharedReads } from './shared-reads';
export { LEAD_TIME_FACTS_READ, planReadsLeadTimeFacts } from './lead-times/lead-time-stats';
export { projectStock, type Projection, type ProjectedPeriod } from './projection';
export { applyBudget, marginPerCash } from './budget';
export { buildDrafts } from './po-drafts';
export { anyInputMissing, missingInputs } from './missing-inputs';
export { applyContainerLimits, draftContainer } from './containers';
export { readBudget, saveBudget } from './preferences';
export { latestDraftPlanId, lockedLinesOf, replaceDraftPlans } from './carry-locked';
export { savePlan, loadPlan, listPlans, newestActivePlan, type StoredPlan, type PlanListItem } from './plan-store';
export { editLineQuantity, setLineLocked, approvePlan, type ApprovalResult } from './plan-control';
export { EXPORT_COLUMNS, EXPORT_FORMAT, EXPORT_MINOR_VERSION, EXPORT_VERSION, exportLines, type ExportLine, type ExportOptions } from './export/format';
export { writePlanFile, planCsv, planJson, type ExportFormat } from './export/write-export';
export { planWorkbook } from './export/plan-workbook';
export { writePurchaseOrderFiles, purchaseOrderWorkbook, purchaseOrderFileName, PURCHASE_ORDER_LINE_COLUMNS } from './export/purchase-order-xlsx';
export { draftPurchaseOrder, productNames, writeDraftPurchaseOrder, type DraftRef } from './export/draft-purchase-order';
export { readPlanFile } from './export/read-export';
export { exportedOrders, stillToOrder, type ExportedOrder } from './export/exported-orders';
export type * from './types';
export * from './simulation';
export { planDrafts, planLineDetail, planLineRow, planLineRows, planList } from './plan-views';
export { planningSettings } from './settings-view';
