/**
 * One SKU-location's line: the target level from the forecast and lead time, the need against the
 * inventory position, and the orderable quantity under the supplier's terms.
 *   order-up-to (periodic review R): S = service quantile of demand over L + R; order S − position
 *     when the position is below S.
 *   reorder point (continuous review): s = service quantile of demand over L; when the position is
 *     at or below s, order up to s + EOQ.
 */

import type { Abc, Xyz } from './classify';
import { dayOfIso, isoOfDay } from './day-text';
import type { InventoryPosition } from './inventory-position';
import type { SeriesForecastInput } from './load-forecasts';
import type { Projection } from './projection';
import { lacksContainerData } from './containers';
import { lineReason, type PlanFlag } from './reason';
import { roundToTerms } from './rounding';
import { economicOrderQuantity, protectionDemand, targetLevel } from './safety-stock';
import type { SegmentSetting } from './settings';
import type { ProductFacts, SupplierChoice } from './supplier-choice';
import type { LeadTimeUsed, PlanLine } from './types';

export interface LineInputs {
  series: SeriesForecastInput;
  product: ProductFacts;
  location: string;
  supplier: SupplierChoice | null;
  leadTime: LeadTimeUsed;
  position: InventoryPosition;
  projection: Pick<Projection, 'runOutDate' | 'daysOfCover'>;
  setting: SegmentSetting;
  abc: Abc;
  xyz: Xyz;
  planDate: string;
  bucketDays: number;
  orderingCost: number;
  holdingRatePerYear: number;
}

export function computeLine(x: LineInputs): PlanLine {
  const { series, product, supplier, position, setting } = x;
  const reviewDays = setting.policy === 'order_up_to' ? setting.reviewDays : 0;
  const protection = protectionDemand({
    forecast: series.forecast,
    bucketDays: x.bucketDays,
    leadTimeMeanDays: x.leadTime.meanDays,
    leadTimeSdDays: x.leadTime.sdDays,
    reviewDays,
    demandClass: series.demandClass,
  });
  const target = targetLevel(protection, setting.serviceLevel);
  const unitCost = supplier?.unitCost ?? product.unitCost;
  const reorderPoint = target.level;
  let orderUpTo = target.level;
  if (setting.policy === 'reorder_point') {
    const annual = protection.days > 0 ? (protection.mean / protection.days) * 365 : 0;
    orderUpTo = reorderPoint + economicOrderQuantity(annual, x.orderingCost, x.holdingRatePerYear, unitCost ?? 0);
  }
  const triggered = setting.policy === 'order_up_to' ? position.position < orderUpTo : position.position <= reorderPoint && protection.mean > 0;
  const needQty = triggered ? orderUpTo - position.position : 0;
  const terms = { moq: supplier?.moq ?? 0, orderMultiple: supplier?.orderMultiple ?? 1, maxOrderQty: supplier?.maxOrderQty ?? null };
  const rounded = supplier ? roundToTerms(needQty, terms) : roundToTerms(0, terms);
  const flags: PlanFlag[] = [];
  if (rounded.capped) flags.push({ kind: 'capped', max: supplier?.maxOrderQty ?? 0, waiting: needQty - rounded.quantity });
  if (rounded.conflict) flags.push({ kind: 'termsConflict' });
  if (position.snapshotDate !== null && position.snapshotDate < x.planDate) {
    flags.push({ kind: 'rolledForward', snapshotDate: position.snapshotDate, sold: position.soldSinceSnapshot, received: position.receivedSinceSnapshot });
  }
  const overdue = position.arrivals.filter((a) => a.overdue).length;
  if (overdue > 0) flags.push({ kind: 'overdue', lines: overdue });
  const line: PlanLine = {
    productId: product.productId,
    sku: product.sku,
    category: product.category,
    locationId: series.locationId,
    location: x.location,
    supplierId: supplier?.supplierId ?? null,
    supplier: supplier?.supplierCode ?? null,
    currency: supplier?.currency ?? 'CNY',
    policy: setting.policy,
    abc: x.abc,
    xyz: x.xyz,
    serviceLevel: setting.serviceLevel,
    reviewDays: setting.reviewDays,
    unitCost,
    unitPrice: product.price,
    // The terms' fields one by one (a spread here put every line object on V8's slow path).
    moq: terms.moq,
    orderMultiple: terms.orderMultiple,
    maxOrderQty: terms.maxOrderQty,
    unitVolume: product.unitVolume,
    unitWeight: product.unitWeight,
    container:
      supplier && (supplier.containerVolumeM3 !== null || supplier.containerWeightKg !== null)
        ? { volumeM3: supplier.containerVolumeM3, weightKg: supplier.containerWeightKg, maxContainers: supplier.maxContainers }
        : null,
    onHand: position.onHand,
    hasSnapshot: position.hasSnapshot,
    onOrder: position.onOrder,
    backorders: position.backorders,
    position: position.position,
    runOutDate: x.projection.runOutDate,
    daysOfCover: x.projection.daysOfCover,
    leadTime: x.leadTime,
    coverDays: protection.days,
    coverMean: protection.mean,
    coverVariance: protection.variance,
    forecastSd: protection.forecastSd,
    leadTimeSd: protection.leadTimeSd,
    shape: protection.shape,
    targetLevel: target.level,
    safetyStock: target.safetyStock,
    reorderPoint,
    orderUpTo,
    needQty,
    roundingSteps: rounded.steps,
    rounding: rounded.explanation,
    capped: rounded.capped,
    suggestedQty: rounded.quantity,
    quantity: rounded.quantity,
    budget: null,
    containerCut: null,
    orderDate: x.planDate,
    expectedArrival: isoOfDay(dayOfIso(x.planDate) + Math.round(x.leadTime.meanDays)),
    flags,
    locked: false,
    edited: false,
    status: 'draft',
    reason: '',
  };
  if (line.quantity > 0 && lacksContainerData(line)) line.flags.push({ kind: 'noContainerData' });
  line.reason = lineReason(line);
  return line;
}

