import { isoFromDay } from '../../../ground/calendar';
import { round1, round2, type AlertInputs, type Detection } from '../types';
import { byPurchaseOrder, delayShortfall, seriesLookup, type OpenLine } from './purchase-orders';
import { supplierOf } from './stockout';

/**
 * A PO whose supplier confirmed lines for later than promised (lines not yet overdue: those are
 * PO overdue). Money: the margin of the units the delay leaves short — the stock projected with the
 * lines arriving when confirmed against when promised — so a delay the stock bridges costs nothing.
 */
export function detectPoConfirmedLate(inputs: AlertInputs, lines: readonly OpenLine[]): Detection[] {
  const delayed = lines.filter((l) => l.confirmedDay !== null && l.dueDay !== null && l.confirmedDay > l.dueDay && l.confirmedDay >= inputs.todayDay);
  const seriesOf = seriesLookup(inputs);
  const out: Detection[] = [];
  for (const [poNumber, poLines] of byPurchaseOrder(delayed)) {
    let units = 0;
    let daysLate = 0;
    let promised = Infinity;
    let confirmed = -Infinity;
    for (const line of poLines) {
      const delay = (line.confirmedDay as number) - (line.dueDay as number);
      units += line.balance;
      daysLate = Math.max(daysLate, delay);
      promised = Math.min(promised, line.dueDay as number);
      confirmed = Math.max(confirmed, line.confirmedDay as number);
    }
    const short = delayShortfall(inputs, seriesOf, poNumber, poLines, (l) => l.dueDay as number, (l) => l.confirmedDay as number);
    out.push({
      kind: 'poConfirmedLate',
      key: `poConfirmedLate:${poNumber}`,
      entity: { poNumber, poLines: poLines.length, ...supplierOf(inputs, poLines[0]!.supplierId) },
      money: round2(short.money),
      moneyMethod: 'marginAtRisk',
      urgencyDays: Math.max(0, promised - inputs.todayDay),
      facts: {
        lines: poLines.length,
        daysLate,
        promisedDate: isoFromDay(promised),
        confirmedDate: isoFromDay(confirmed),
        unitsLate: round1(units),
        coveredUnits: round1(short.units),
      },
    });
  }
  return out;
}
