import { projectStock } from '../../../planning/projection';
import { dayFromIso, isoFromDay } from '../../../ground/calendar';
import { lostUnitsBefore } from '../shortfall';
import { productEntity, round1, round2, seriesKeyOf, unitMargin, type AlertInputs, type Detection } from '../types';

/**
 * Stock runs out (planning's projection: on hand, open PO arrivals, forecast demand) before an order
 * placed today could arrive (today + lead time). Money: the margin of the demand lost between the
 * stock-out and that earliest arrival.
 */
export function detectStockouts(inputs: AlertInputs): Detection[] {
  const out: Detection[] = [];
  for (const s of inputs.series) {
    if (!(s.dailyDemand > 0)) continue;
    const product = inputs.products.get(s.productId);
    if (!product) continue;
    const arrivalDay = inputs.todayDay + s.leadTimeDays;
    // Nothing lost before the earliest arrival means no stock-out before it: most series stop here.
    const lostUnits = lostUnitsBefore(s, inputs.todayDay, arrivalDay);
    if (!(lostUnits > 0)) continue;
    const projection = projectStock(s.position, s.mean, s.bucketDates, s.bucketDays, inputs.today);
    if (projection.runOutDate === null) continue;
    const runOutDay = dayFromIso(projection.runOutDate);
    if (runOutDay >= arrivalDay) continue;
    const margin = unitMargin(product);
    const next = s.position.arrivals.find((a) => a.date > inputs.today);
    out.push({
      kind: 'stockout',
      key: seriesKeyOf('stockout', product, s),
      entity: { ...productEntity(product, s), ...(s.supplierId !== null ? supplierOf(inputs, s.supplierId) : {}) },
      money: round2(lostUnits * margin),
      moneyMethod: 'marginLost',
      urgencyDays: runOutDay - inputs.todayDay,
      facts: {
        runOutDate: projection.runOutDate,
        daysOfCover: runOutDay - inputs.todayDay,
        earliestArrival: isoFromDay(arrivalDay),
        leadTimeDays: s.leadTimeDays,
        onHand: round1(s.position.onHand),
        onOrder: round1(s.position.onOrder),
        nextArrival: next?.date ?? null,
        dailyDemand: round2(s.dailyDemand),
        lostUnits: round1(lostUnits),
        unitMargin: round2(margin),
        demandSource: s.demandSource,
      },
    });
  }
  return out;
}

export function supplierOf(inputs: AlertInputs, supplierId: number): { supplierId: number; supplierCode?: string; supplierName?: string } {
  const supplier = inputs.suppliers.get(supplierId);
  return supplier ? { supplierId, supplierCode: supplier.code, supplierName: supplier.name } : { supplierId };
}
