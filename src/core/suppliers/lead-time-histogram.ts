import { dueInPeriod, emptyVerdict, judgeLine } from './judge-line';
import type { LineFacts } from './line-facts';
import type { Period } from './period';

export interface LeadTimeBucket {
  /** Lead times from fromDays up to and including toDays. */
  fromDays: number;
  toDays: number;
  count: number;
}

/** About this many bars: enough to see a shape, few enough to read at 450 px. */
const TARGET_BUCKETS = 24;

/**
 * The lead-time samples of one supplier's deliveries in the period (the same samples as its
 * lead-time mean and p90: judged, delivered lines) as a histogram of whole-day buckets, one day
 * wide for short lead times and wider for long voyages. Empty buckets inside the range are kept,
 * so the bars sit on a true day axis.
 */
export function leadTimeHistogram(facts: LineFacts, period: Period, toleranceDays: number, supplierId: number): LeadTimeBucket[] {
  const samples: number[] = [];
  const verdict = emptyVerdict();
  for (let i = 0; i < facts.length; i++) {
    if (facts.supplierId[i] !== supplierId || !dueInPeriod(facts, i, period.fromDay, period.toDay)) continue;
    judgeLine(facts, i, period.asOfDay, toleranceDays, verdict);
    if (verdict.judged && verdict.delivered && !Number.isNaN(verdict.leadDays)) samples.push(verdict.leadDays);
  }
  return bucketize(samples);
}

export function bucketize(samples: readonly number[]): LeadTimeBucket[] {
  if (samples.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const s of samples) {
    min = Math.min(min, s);
    max = Math.max(max, s);
  }
  const width = Math.max(1, Math.ceil((max - min + 1) / TARGET_BUCKETS));
  const start = Math.floor(min / width) * width;
  const buckets: LeadTimeBucket[] = [];
  for (let from = start; from <= max; from += width) buckets.push({ fromDays: from, toDays: from + width - 1, count: 0 });
  for (const s of samples) (buckets[Math.floor((s - start) / width)] as LeadTimeBucket).count++;
  return buckets;
}
