import { isoFromDay } from '../../../ground/calendar';
import { round1, round2, unitMargin, type AlertInputs, type Detection } from '../types';
import { byPurchaseOrder, demandLookup, type OpenLine } from './purchase-orders';
import { supplierOf } from './stockout';

/**
 * A PO whose supplier confirmed lines for later than promised (lines not yet overdue: those are
 * PO overdue). Money: the margin of the demand over the days of delay, capped by the units delayed.
 */
export function detectPoConfirmedLate(inputs: AlertInputs, lines: readonly OpenLine[]): Detection[] {
  const demandOf = demandLookup(inputs);
  const delayed = lines.filter((l) => l.confirmedDay !== null && l.dueDay !== null && l.confirmedDay > l.dueDay && l.confirmedDay >= inputs.todayDay);
  const out: Detection[] = [];
  for (const [poNumber, poLines] of byPurchaseOrder(delayed)) {
    let money = 0;
    let units = 0;
    let covered = 0;
    let daysLate = 0;
    let promised = Infinity;
    let confirmed = -Infinity;
    for (const line of poLines) {
      const delay = (line.confirmedDay as number) - (line.dueDay as number);
      const product = inputs.products.get(line.productId);
      const coveredUnits = Math.min(line.balance, demandOf(line.productId, line.locationId) * delay);
      money += product ? coveredUnits * unitMargin(product) : 0;
      units += line.balance;
      covered += coveredUnits;
      daysLate = Math.max(daysLate, delay);
      promised = Math.min(promised, line.dueDay as number);
      confirmed = Math.max(confirmed, line.confirmedDay as number);
    }
    out.push({
      kind: 'poConfirmedLate',
      key: `poConfirmedLate:${poNumber}`,
      entity: { poNumber, poLines: poLines.length, ...supplierOf(inputs, poLines[0]!.supplierId) },
      money: round2(money),
      moneyMethod: 'marginAtRisk',
      urgencyDays: Math.max(0, promised - inputs.todayDay),
      facts: {
        lines: poLines.length,
        daysLate,
        promisedDate: isoFromDay(promised),
        confirmedDate: isoFromDay(confirmed),
        unitsLate: round1(units),
        coveredUnits: round1(covered),
      },
    });
  }
  return out;
}
