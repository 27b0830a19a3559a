import type { LineVerdict } from './judge-line';
import type { LineFacts } from './line-facts';
import { describeSamples, ratio, type Distribution } from './stats';

/** The counts behind every rate, kept so scores can be shrunk and people can read "37 of 45". */
export interface MetricCounts {
  onTime: number;
  inFull: number;
  otif: number;
  withinLeadWindow: number;
  orderedUnits: number;
  acceptedUnits: number;
  receivedUnits: number;
  rejectedUnits: number;
}

/** One supplier's (or supplier-SKU's, or month's) metrics; definitions in metric-definitions.ts. */
export interface SupplierMetrics {
  /** Lines due in the period (judged or not), their distinct POs and their value. */
  lines: number;
  orders: number;
  spend: number;
  /** Judged lines = delivered + overdue. */
  poLines: number;
  deliveries: number;
  overdueLines: number;
  onTimeRate: number | null;
  inFullRate: number | null;
  otif: number | null;
  fillRate: number | null;
  leadTime: Distribution | null;
  promisedLeadTimeMean: number | null;
  leadTimeBiasDays: number | null;
  leadTimeReliability: number | null;
  rejectionRate: number | null;
  priceVariance: number | null;
  counts: MetricCounts;
}

export class MetricAccumulator {
  private lines = 0;
  private readonly orders = new Set<number>();
  private spend = 0;
  private priceDifference = 0;
  private priceBase = 0;
  private judged = 0;
  private delivered = 0;
  private overdue = 0;
  private promisedLeadSum = 0;
  private readonly leadSamples: number[] = [];
  private readonly counts: MetricCounts = {
    onTime: 0, inFull: 0, otif: 0, withinLeadWindow: 0, orderedUnits: 0, acceptedUnits: 0, receivedUnits: 0, rejectedUnits: 0,
  };

  /** Adds line i, already known to be due in this accumulator's period. */
  add(facts: LineFacts, i: number, verdict: LineVerdict): void {
    const qty = facts.qtyOrdered[i] as number;
    const unitCost = facts.unitCost[i] as number;
    const termsCost = facts.termsCost[i] as number;
    this.lines++;
    this.orders.add(facts.poId[i] as number);
    const cost = Number.isNaN(unitCost) ? termsCost : unitCost;
    if (!Number.isNaN(cost)) this.spend += qty * cost;
    if (!Number.isNaN(unitCost) && termsCost > 0) {
      this.priceDifference += (unitCost - termsCost) * qty;
      this.priceBase += termsCost * qty;
    }
    if (!verdict.judged) return;
    const c = this.counts;
    this.judged++;
    c.orderedUnits += qty;
    c.acceptedUnits += verdict.acceptedCapped;
    if (verdict.withinLeadWindow) c.withinLeadWindow++;
    if (verdict.overdue) {
      this.overdue++;
      return;
    }
    this.delivered++;
    if (verdict.onTime) c.onTime++;
    if (verdict.inFull) c.inFull++;
    if (verdict.otif) c.otif++;
    c.receivedUnits += facts.received[i] as number;
    c.rejectedUnits += facts.rejected[i] as number;
    if (!Number.isNaN(verdict.leadDays)) {
      this.leadSamples.push(verdict.leadDays);
      this.promisedLeadSum += verdict.promisedLeadDays;
    }
  }

  result(): SupplierMetrics {
    const c = this.counts;
    const leadTime = describeSamples(this.leadSamples);
    const promisedMean = ratio(this.promisedLeadSum, this.leadSamples.length);
    return {
      lines: this.lines,
      orders: this.orders.size,
      spend: this.spend,
      poLines: this.judged,
      deliveries: this.delivered,
      overdueLines: this.overdue,
      onTimeRate: ratio(c.onTime, this.judged),
      inFullRate: ratio(c.inFull, this.judged),
      otif: ratio(c.otif, this.judged),
      fillRate: ratio(c.acceptedUnits, c.orderedUnits),
      leadTime,
      promisedLeadTimeMean: promisedMean,
      leadTimeBiasDays: leadTime && promisedMean !== null ? leadTime.mean - promisedMean : null,
      leadTimeReliability: ratio(c.withinLeadWindow, this.judged),
      rejectionRate: ratio(c.rejectedUnits, c.receivedUnits),
      priceVariance: ratio(this.priceDifference, this.priceBase),
      counts: { ...c },
    };
  }
}
