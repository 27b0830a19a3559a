import { dueInPeriod, emptyVerdict, judgeLine } from './judge-line';
import type { LineFacts } from './line-facts';
import { MetricAccumulator, type SupplierMetrics } from './metric-accumulator';
import type { Period } from './period';

/**
 * Metrics of every group of lines due in the window: by supplier, supplier-SKU, month, … as `keyOf`
 * decides (undefined leaves a line out). Lines are judged as of the window's as-of date.
 */
export function groupMetrics<K>(
  facts: LineFacts,
  window: Period,
  toleranceDays: number,
  keyOf: (i: number) => K | undefined,
): Map<K, SupplierMetrics> {
  const groups = new Map<K, MetricAccumulator>();
  const verdict = emptyVerdict();
  for (let i = 0; i < facts.length; i++) {
    if (!dueInPeriod(facts, i, window.fromDay, window.toDay)) continue;
    const key = keyOf(i);
    if (key === undefined) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new MetricAccumulator()));
    group.add(facts, i, judgeLine(facts, i, window.asOfDay, toleranceDays, verdict));
  }
  const out = new Map<K, SupplierMetrics>();
  for (const [key, group] of groups) out.set(key, group.result());
  return out;
}
