import { isoFromDay } from '../../../ground/calendar';
import { round1, round2, type AlertInputs, type Detection } from '../types';
import { byPurchaseOrder, delayShortfall, seriesLookup, type OpenLine } from './purchase-orders';
import { supplierOf } from './stockout';

/** Days a late line is assumed to stay away beyond the days it is already late. */
export const OVERDUE_WAIT_DAYS = 7;

/**
 * A PO with lines past their expected date (confirmed date, else due date) and units still to come.
 * Money: the margin of the units short if the late lines stay away another week (the stock projected
 * with them arriving today against in a week) — what chasing the supplier today is worth.
 */
export function detectPoOverdue(inputs: AlertInputs, lines: readonly OpenLine[]): Detection[] {
  const late = lines.filter((l) => {
    const expected = l.confirmedDay ?? l.dueDay;
    return expected !== null && expected < inputs.todayDay;
  });
  const seriesOf = seriesLookup(inputs);
  const out: Detection[] = [];
  for (const [poNumber, poLines] of byPurchaseOrder(late)) {
    let units = 0;
    let value = 0;
    let daysLate = 0;
    let dueDay = Infinity;
    for (const line of poLines) {
      const expected = (line.confirmedDay ?? line.dueDay) as number;
      const lateDays = inputs.todayDay - expected;
      units += line.balance;
      value += line.balance * line.unitCost;
      daysLate = Math.max(daysLate, lateDays);
      dueDay = Math.min(dueDay, expected);
    }
    const waitEnd = inputs.todayDay + OVERDUE_WAIT_DAYS;
    const short = delayShortfall(inputs, seriesOf, poNumber, poLines, () => waitEnd, () => waitEnd);
    const supplierId = poLines[0]!.supplierId;
    out.push({
      kind: 'poOverdue',
      key: `poOverdue:${poNumber}`,
      entity: { poNumber, poLines: poLines.length, ...supplierOf(inputs, supplierId) },
      money: round2(short.money),
      moneyMethod: 'marginAtRisk',
      urgencyDays: 0,
      facts: {
        lines: poLines.length,
        daysLate,
        expectedDate: isoFromDay(dueDay),
        unitsLate: round1(units),
        valueLate: round2(value),
        coveredUnits: round1(short.units),
        waitDays: OVERDUE_WAIT_DAYS,
      },
    });
  }
  return out;
}
