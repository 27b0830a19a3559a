import type { LineVerdict } from './judge-line';
import type { LineFacts } from './line-facts';
import type { TraceableMetric } from './metric-definitions';

/**
 * How each traceable metric is built from lines: which lines it covers and what each adds to its
 * numerator and denominator. value = Σ numerator / Σ denominator for rates and means, Σ numerator
 * for counts and sums. Mirrors MetricAccumulator; the tests hold the two to the same numbers.
 */
export type MetricKind = 'rate' | 'mean' | 'count' | 'sum';

interface TraceRule {
  kind: MetricKind;
  /** Line i (due in the period) belongs to the metric. */
  covers(v: LineVerdict, facts: LineFacts, i: number): boolean;
  /** What it adds: [numerator, denominator]. */
  parts(v: LineVerdict, facts: LineFacts, i: number): [number, number];
}

const judged = (v: LineVerdict) => v.judged;
const delivered = (v: LineVerdict) => v.judged && v.delivered;
const flag = (on: boolean): [number, number] => [on ? 1 : 0, 1];
const lineCost = (facts: LineFacts, i: number) => {
  const own = facts.unitCost[i] as number;
  return Number.isNaN(own) ? (facts.termsCost[i] as number) : own;
};

export const TRACE_RULES: Record<TraceableMetric, TraceRule> = {
  po_lines: { kind: 'count', covers: judged, parts: () => [1, 1] },
  deliveries: { kind: 'count', covers: delivered, parts: () => [1, 1] },
  overdue: { kind: 'count', covers: (v) => v.judged && v.overdue, parts: () => [1, 1] },
  on_time: { kind: 'rate', covers: judged, parts: (v) => flag(v.onTime) },
  in_full: { kind: 'rate', covers: judged, parts: (v) => flag(v.inFull) },
  otif: { kind: 'rate', covers: judged, parts: (v) => flag(v.otif) },
  fill_rate: { kind: 'rate', covers: judged, parts: (v, f, i) => [v.acceptedCapped, f.qtyOrdered[i] as number] },
  lead_time: { kind: 'mean', covers: (v) => delivered(v) && !Number.isNaN(v.leadDays), parts: (v) => [v.leadDays, 1] },
  lead_time_reliability: { kind: 'rate', covers: judged, parts: (v) => flag(v.withinLeadWindow) },
  rejection_rate: {
    kind: 'rate',
    covers: delivered,
    parts: (_v, f, i) => [f.rejected[i] as number, f.received[i] as number],
  },
  price_variance: {
    kind: 'rate',
    covers: (_v, f, i) => !Number.isNaN(f.unitCost[i] as number) && (f.termsCost[i] as number) > 0,
    parts: (_v, f, i) => {
      const qty = f.qtyOrdered[i] as number;
      const terms = f.termsCost[i] as number;
      return [((f.unitCost[i] as number) - terms) * qty, terms * qty];
    },
  },
  spend: {
    kind: 'sum',
    covers: (_v, f, i) => !Number.isNaN(lineCost(f, i)),
    parts: (_v, f, i) => [(f.qtyOrdered[i] as number) * lineCost(f, i), 1],
  },
};

export function metricValue(kind: MetricKind, numerator: number, denominator: number): number | null {
  if (kind === 'count' || kind === 'sum') return numerator;
  return denominator > 0 ? numerator / denominator : null;
}
