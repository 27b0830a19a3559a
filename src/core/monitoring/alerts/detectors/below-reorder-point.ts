import { productEntity, round1, round2, seriesKeyOf, unitMargin, type AlertInputs, type Detection } from '../types';
import { supplierOf } from './stockout';

/**
 * Inventory position (on hand + on order) below the reorder point of the newest plan (else the
 * demand over the lead time): time to order. Money: the margin of the units missing below the
 * reorder point, demand the next lead time would not cover.
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
    const coverDays = s.position.position / s.dailyDemand;
    out.push({
      kind: 'belowReorderPoint',
      key: seriesKeyOf('belowReorderPoint', product, s),
      entity: { ...productEntity(product, s), ...(s.supplierId !== null ? supplierOf(inputs, s.supplierId) : {}) },
      money: round2(gap * margin),
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
        unitMargin: round2(margin),
      },
    });
  }
  return out;
}
