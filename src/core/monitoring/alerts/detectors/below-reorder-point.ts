import { lostUnitsBefore } from '../shortfall';
import { productEntity, round1, round2, seriesKeyOf, unitMargin, type AlertInputs, type Detection } from '../types';
import { supplierOf } from './stockout';

/** The delay money is counted over: what waiting a week to order costs. */
export const ORDER_DELAY_DAYS = 7;

/**
 * Inventory position (on hand + on order) below the reorder point of the newest plan (else the
 * demand over the lead time): time to order. Money, comparable with a stock-out's: the margin of
 * the demand lost if the order waits a week — units short in the week after an order placed today
 * would arrive (projected day by day like the stock-out). Below the point only by safety stock, it is 0.
 */
export function detectBelowReorderPoint(inputs: AlertInputs): Detection[] {
  const out: Detection[] = [];
  for (const s of inputs.series) {
    if (!(s.reorderPoint > 0) || !(s.dailyDemand > 0)) continue;
    const gap = s.reorderPoint - s.position.position;
    if (!(gap > 0)) continue;
    const product = inputs.products.get(s.productId);
    if (!product) continue;
    const margin = unitMargin(product);
    const arrivalDay = inputs.todayDay + s.leadTimeDays;
    const delayUnits = lostUnitsBefore(s, inputs.todayDay, arrivalDay + ORDER_DELAY_DAYS) - lostUnitsBefore(s, inputs.todayDay, arrivalDay);
    const coverDays = s.position.position / s.dailyDemand;
    out.push({
      kind: 'belowReorderPoint',
      key: seriesKeyOf('belowReorderPoint', product, s),
      entity: { ...productEntity(product, s), ...(s.supplierId !== null ? supplierOf(inputs, s.supplierId) : {}) },
      money: round2(Math.max(0, delayUnits) * margin),
      moneyMethod: 'marginAtRisk',
      urgencyDays: Math.max(0, Math.floor(coverDays - s.leadTimeDays)),
      facts: {
        position: round1(s.position.position),
        onHand: round1(s.position.onHand),
        onOrder: round1(s.position.onOrder),
        reorderPoint: round1(s.reorderPoint),
        reorderPointSource: s.reorderPointSource,
        gapUnits: round1(gap),
        leadTimeDays: s.leadTimeDays,
        dailyDemand: round2(s.dailyDemand),
        delayUnits: round1(Math.max(0, delayUnits)),
        delayDays: ORDER_DELAY_DAYS,
        unitMargin: round2(margin),
      },
    });
  }
  return out;
}
