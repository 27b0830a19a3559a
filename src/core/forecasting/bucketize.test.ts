import { describe, expect, it } from 'vitest';
import { bucketize, type DemandColumns } from './bucketize';
import { dayFromIso, isoFromDay } from '../ground/calendar';

function rows(entries: [string, string, number][]): DemandColumns {
  const skus = [...new Set(entries.map(([sku]) => sku))];
  const days = entries.map(([, date]) => dayFromIso(date));
  return {
    skus,
    sku: Int32Array.from(entries, ([sku]) => skus.indexOf(sku)),
    day: Int32Array.from(days),
    qty: Float64Array.from(entries, ([, , qty]) => qty),
    length: entries.length,
    lastDay: Math.max(...days),
  };
}

describe('bucketing demand for forecasting', () => {
  it('fills days without a row with zero, from each SKU’s first date to the file’s last date', () => {
    const data = rows([
      ['A', '2025-01-01', 2],
      ['A', '2025-01-04', 5],
      ['B', '2025-01-03', 1],
      ['A', '2025-01-04', 1],
    ]);
    const { series, futureDays } = bucketize(data, 'day');
    expect(Array.from(series[0]!)).toEqual([2, 0, 0, 6]);
    expect(Array.from(series[1]!)).toEqual([1, 0]);
    expect(futureDays(2).map(isoFromDay)).toEqual(['2025-01-05', '2025-01-06']);
  });

  it('keeps weekly rows on their own dates and sums daily rows into weeks ending on the last date', () => {
    const weekly = rows([
      ['W', '2025-01-06', 10],
      ['W', '2025-01-20', 30],
    ]);
    const w = bucketize(weekly, 'week');
    expect(Array.from(w.series[0]!)).toEqual([10, 0, 30]);
    expect(w.futureDays(2).map(isoFromDay)).toEqual(['2025-01-27', '2025-02-03']);

    const daily = rows(Array.from({ length: 14 }, (_, i) => ['D', isoFromDay(dayFromIso('2025-03-01') + i), i + 1] as [string, string, number]));
    const d = bucketize(daily, 'week');
    // Days 1–7 and 8–14 of the fortnight: 28 and 77.
    expect(Array.from(d.series[0]!)).toEqual([28, 77]);
  });

  it('sums by calendar month and steps forecast dates by month', () => {
    const monthly = rows([
      ['P', '2001-11-01', 3],
      ['P', '2002-01-01', 4],
      ['P', '2002-01-20', 1],
      ['Q', '2002-03-01', 0],
    ]);
    const m = bucketize(monthly, 'month');
    expect(Array.from(m.series[0]!)).toEqual([3, 0, 5, 0, 0]);
    expect(Array.from(m.series[1]!)).toEqual([0]);
    expect(m.futureDays(3).map(isoFromDay)).toEqual(['2002-04-01', '2002-05-01', '2002-06-01']);
  });

  it('starts each series at its first sale: rows of 0 before it are weeks off sale, not demand', () => {
    const listed = rows([
      ['L', '2025-01-06', 0],
      ['L', '2025-01-13', 0],
      ['L', '2025-01-20', 4],
      ['L', '2025-01-27', 0],
      ['L', '2025-02-03', 2],
      ['N', '2025-01-13', 0],
      ['N', '2025-02-03', 0],
    ]);
    const { series } = bucketize(listed, 'week');
    // From the week of the first sale to the last date, the zero after it kept as demand.
    expect(Array.from(series[0]!)).toEqual([4, 0, 2]);
    // A SKU that never sold keeps every bucket from its first row.
    expect(Array.from(series[1]!)).toEqual([0, 0, 0, 0]);
  });
});
