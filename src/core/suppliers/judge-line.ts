import { NO_DAY, type LineFacts } from './line-facts';
import { RELIABILITY_MIN_DAYS, RELIABILITY_SHARE } from './metric-definitions';

/** What one PO line says about its supplier as of a day (see metric-definitions.ts). */
export interface LineVerdict {
  /** Due by the as-of date and either delivered or overdue. */
  judged: boolean;
  delivered: boolean;
  overdue: boolean;
  onTime: boolean;
  inFull: boolean;
  otif: boolean;
  /** Accepted units (received − rejected), and the same capped at the ordered quantity. */
  accepted: number;
  acceptedCapped: number;
  /** First receipt − order date; NaN when not delivered. */
  leadDays: number;
  promisedLeadDays: number;
  withinLeadWindow: boolean;
}

export function emptyVerdict(): LineVerdict {
  return {
    judged: false, delivered: false, overdue: false, onTime: false, inFull: false, otif: false,
    accepted: 0, acceptedCapped: 0, leadDays: Number.NaN, promisedLeadDays: Number.NaN, withinLeadWindow: false,
  };
}

/**
 * Fills `out` (reused across calls so the 200,000-line loop allocates nothing) and returns it.
 * The single place where the metric definitions become code: scorecards and traces both call it.
 */
export function judgeLine(facts: LineFacts, i: number, asOfDay: number, toleranceDays: number, out: LineVerdict): LineVerdict {
  const due = facts.dueDay[i] as number;
  const ordered = facts.qtyOrdered[i] as number;
  const delivered = (facts.receiptCount[i] as number) > 0;
  const accepted = (facts.received[i] as number) - (facts.rejected[i] as number);
  out.delivered = delivered;
  out.accepted = accepted;
  out.acceptedCapped = Math.min(Math.max(accepted, 0), ordered);
  out.overdue = !delivered && facts.untimed[i] === 0 && due !== NO_DAY && asOfDay > due + toleranceDays;
  out.judged = due !== NO_DAY && due <= asOfDay && (delivered || out.overdue);
  const first = facts.firstReceiptDay[i] as number;
  out.onTime = delivered && first <= due + toleranceDays;
  out.inFull = delivered && accepted >= ordered;
  const complete = facts.completeDay[i] as number;
  out.otif = complete !== NO_DAY && complete <= due + toleranceDays;
  const order = facts.orderDay[i] as number;
  out.promisedLeadDays = due !== NO_DAY && order !== NO_DAY ? due - order : Number.NaN;
  out.leadDays = delivered && order !== NO_DAY ? first - order : Number.NaN;
  const window = Math.max(RELIABILITY_MIN_DAYS, toleranceDays, RELIABILITY_SHARE * out.promisedLeadDays);
  out.withinLeadWindow = delivered && Math.abs(out.leadDays - out.promisedLeadDays) <= window;
  return out;
}

/** Due date within [fromDay, toDay]: the period filter of every metric. */
export function dueInPeriod(facts: LineFacts, i: number, fromDay: number, toDay: number): boolean {
  const due = facts.dueDay[i] as number;
  return due !== NO_DAY && due >= fromDay && due <= toDay;
}
