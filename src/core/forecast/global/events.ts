/**
 * Event flags of buckets: for each event key, the share of a bucket's days inside that event
 * (a week with 3 days of Double 11 pre-sale gets 3/7). Shares, not 0/1 flags, so weekly and
 * monthly buckets see how much of an event they hold.
 */

import { dayFromIso, monthIndexOfDay, monthStartDay } from '../../ground/calendar';
import type { EventSpan } from '../events/event-span';
import type { Frequency } from './types';

/** First and last day (UTC day numbers) of the bucket `offset` buckets after the bucket dated `lastDay`. */
export function bucketDayRange(lastDay: number, offset: number, frequency: Frequency): [number, number] {
  if (frequency === 'week') {
    // A week bucket covers the 7 days up to and including its date.
    const end = lastDay + 7 * offset;
    return [end - 6, end];
  }
  if (frequency === 'month') {
    const month = monthIndexOfDay(lastDay) + offset;
    return [monthStartDay(month), monthStartDay(month + 1) - 1];
  }
  return [lastDay + offset, lastDay + offset];
}

interface DaySpan {
  key: string;
  from: number;
  to: number;
}

function parseSpans(events: readonly EventSpan[]): DaySpan[] {
  return events.map((e, i) => {
    const from = dayFromIso(e.from);
    const to = dayFromIso(e.to);
    if (Number.isNaN(from) || Number.isNaN(to) || to < from) {
      throw new RangeError(`event ${i + 1} "${e.key}" has dates ${e.from}…${e.to}: expected yyyy-mm-dd with from ≤ to`);
    }
    return { key: e.key, from, to };
  });
}

/** The event keys with at least one day in [fromDay, toDay], sorted (the stored feature order). */
export function eventKeysWithin(events: readonly EventSpan[], fromDay: number, toDay: number): string[] {
  const keys = new Set<string>();
  for (const s of parseSpans(events)) if (s.to >= fromDay && s.from <= toDay) keys.add(s.key);
  return [...keys].sort();
}

/** Prefix counts of event days per key over a fixed day range: any bucket's share in O(1). */
export class EventCalendar {
  private readonly firstDay: number;
  private readonly prefix: Int32Array[];

  /** `keys` in feature order; events of other keys are ignored. */
  constructor(
    readonly keys: readonly string[],
    events: readonly EventSpan[],
  ) {
    const spans = parseSpans(events).filter((s) => keys.includes(s.key));
    this.firstDay = spans.reduce((m, s) => Math.min(m, s.from), Infinity);
    const lastDay = spans.reduce((m, s) => Math.max(m, s.to), -Infinity);
    const days = spans.length > 0 ? lastDay - this.firstDay + 2 : 1;
    this.prefix = keys.map((key) => {
      const inside = new Uint8Array(days);
      for (const s of spans) if (s.key === key) inside.fill(1, s.from - this.firstDay, s.to - this.firstDay + 1);
      const counts = new Int32Array(days + 1);
      for (let d = 0; d < days; d++) counts[d + 1] = (counts[d] as number) + (inside[d] as number);
      return counts;
    });
  }

  /** Share of the days [fromDay, toDay] inside event `keyIndex`. */
  share(keyIndex: number, fromDay: number, toDay: number): number {
    const counts = this.prefix[keyIndex] as Int32Array;
    const last = counts.length - 1;
    const at = (day: number): number => counts[Math.max(0, Math.min(last, day - this.firstDay))] as number;
    return (at(toDay + 1) - at(fromDay)) / (toDay - fromDay + 1);
  }

  /**
   * Writes the shares of `count` consecutive buckets, the first `firstOffset` buckets after the
   * bucket dated `lastDay`, key by key within each bucket; returns the next free index.
   */
  write(out: Float32Array, at: number, lastDay: number, firstOffset: number, count: number, frequency: Frequency): number {
    const table = this.tableFor(lastDay, frequency, firstOffset, firstOffset + count);
    const K = this.keys.length;
    const from = (firstOffset - table.first) * K;
    out.set(table.values.subarray(from, from + count * K), at);
    return at + count * K;
  }

  /** Shares by bucket offset for one series end: every window of every series ending there copies from it. */
  private readonly tables = new Map<string, { first: number; end: number; values: Float32Array }>();

  private tableFor(lastDay: number, frequency: Frequency, first: number, end: number): { first: number; end: number; values: Float32Array } {
    const id = `${frequency}:${lastDay}`;
    const cached = this.tables.get(id);
    if (cached && cached.first <= first && cached.end >= end) return cached;
    // Grow with a margin so the next windows of longer series do not rebuild it again.
    const from = Math.min(first, cached?.first ?? first) - 64;
    const to = Math.max(end, cached?.end ?? end) + 64;
    const K = this.keys.length;
    const values = new Float32Array((to - from) * K);
    for (let offset = from; offset < to; offset++) {
      const [a, b] = bucketDayRange(lastDay, offset, frequency);
      for (let e = 0; e < K; e++) values[(offset - from) * K + e] = this.share(e, a, b);
    }
    const table = { first: from, end: to, values };
    this.tables.set(id, table);
    return table;
  }
}
