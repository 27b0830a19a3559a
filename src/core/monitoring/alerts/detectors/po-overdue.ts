import { isoFromDay } from '../../../ground/calendar';
import { round1, round2, unitMargin, type AlertInputs, type Detection } from '../types';
import { byPurchaseOrder, demandLookup, type OpenLine } from './purchase-orders';
import { supplierOf } from './stockout';

/** Days a late line is assumed to stay away beyond the days it is already late. */
export const OVERDUE_WAIT_DAYS = 7;

/**
 * A PO with lines past their expected date (confirmed date, else due date) and units still to come.
 * Money: the margin of the demand those lines were to cover while they are late — demand over the
 * days late so far plus a week, capped by the units still to come.
 */
export function detectPoOverdue(inputs: AlertInputs, lines: readonly OpenLine[]): Detection[] {
  const demandOf = demandLookup(inputs);
  const late = lines.filter((l) => {
    const expected = l.confirmedDay ?? l.dueDay;
    return expected !== null && expected < inputs.todayDay;
  });
  const out: Detection[] = [];
  for (const [poNumber, poLines] of byPurchaseOrder(late)) {
    let money = 0;
    let units = 0;
    let covered = 0;
    let value = 0;
    let daysLate = 0;
    let dueDay = Infinity;
    for (const line of poLines) {
      const expected = (line.confirmedDay ?? line.dueDay) as number;
      const lateDays = inputs.todayDay - expected;
      const product = inputs.products.get(line.productId);
      const coveredUnits = Math.min(line.balance, demandOf(line.productId, line.locationId) * (lateDays + OVERDUE_WAIT_DAYS));
      money += product ? coveredUnits * unitMargin(product) : 0;
      units += line.balance;
      covered += coveredUnits;
      value += line.balance * line.unitCost;
      daysLate = Math.max(daysLate, lateDays);
      dueDay = Math.min(dueDay, expected);
    }
    const supplierId = poLines[0]!.supplierId;
    out.push({
      kind: 'poOverdue',
      key: `poOverdue:${poNumber}`,
      entity: { poNumber, poLines: poLines.length, ...supplierOf(inputs, supplierId) },
      money: round2(money),
      moneyMethod: 'marginAtRisk',
      urgencyDays: 0,
      facts: {
        lines: poLines.length,
        daysLate,
        expectedDate: isoFromDay(dueDay),
        unitsLate: round1(units),
        valueLate: round2(value),
        coveredUnits: round1(covered),
        waitDays: OVERDUE_WAIT_DAYS,
      },
    });
  }
  return out;
}
