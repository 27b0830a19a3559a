import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../ground/calendar';
import { EventCalendar, bucketDayRange, eventKeysWithin } from './events';
import { featureLayout, prepareSeries, writeInputRow } from './windows';

const day = (iso: string): number => dayFromIso(iso);
const events = [
  { key: 'double11', from: '2024-10-20', to: '2024-11-11' },
  { key: 'double11', from: '2025-10-20', to: '2025-11-11' },
  { key: 'mid618', from: '2025-06-01', to: '2025-06-18' },
];

describe('event shares', () => {
  it('dates day, week (7 days up to its date) and calendar-month buckets', () => {
    expect(bucketDayRange(day('2025-11-09'), 1, 'day')).toEqual([day('2025-11-10'), day('2025-11-10')]);
    expect(bucketDayRange(day('2025-11-09'), 1, 'week')).toEqual([day('2025-11-10'), day('2025-11-16')]);
    expect(bucketDayRange(day('2025-10-31'), 1, 'month')).toEqual([day('2025-11-01'), day('2025-11-30')]);
  });

  it('gives each bucket the share of its days inside each key, across years', () => {
    const calendar = new EventCalendar(['double11', 'mid618'], events);
    // The week 2025-11-10 … 11-16 holds Double 11's last two days.
    expect(calendar.share(0, day('2025-11-10'), day('2025-11-16'))).toBeCloseTo(2 / 7, 12);
    expect(calendar.share(0, day('2024-11-11'), day('2024-11-11'))).toBe(1);
    expect(calendar.share(1, day('2024-06-01'), day('2024-06-30'))).toBe(0);
    expect(calendar.share(1, day('2025-06-01'), day('2025-06-30'))).toBeCloseTo(18 / 30, 12);
    expect(calendar.share(0, day('2030-01-01'), day('2030-01-07'))).toBe(0);
  });

  it('keeps the keys that touch the training range and refuses a span that ends before it starts', () => {
    expect(eventKeysWithin(events, day('2025-01-01'), day('2025-06-05'))).toEqual(['mid618']);
    expect(eventKeysWithin(events, day('2024-01-01'), day('2025-12-31'))).toEqual(['double11', 'mid618']);
    expect(() => eventKeysWithin([{ key: 'sale', from: '2025-03-02', to: '2025-03-01' }], 0, 1e6)).toThrow(/event 1 "sale".*from ≤ to/);
  });

  it('writes the shares of the input window and horizon after the other features', () => {
    const s = prepareSeries([1, 2, 3, 4], 0, { lastBucket: '2025-11-09' });
    const layout = featureLayout(2, 2, 'week', { dates: true, promo: false, price: false, eventKeys: ['double11'] });
    const row = new Float32Array(layout.width);
    writeInputRow(row, 0, s, 4, layout, new EventCalendar(['double11'], events));
    // Input: the weeks to 11-02 and 11-09 (inside Double 11); horizon: to 11-16 (two days) and 11-23.
    expect(Array.from(row.subarray(layout.width - 4))).toEqual([1, 1, Math.fround(2 / 7), 0]);
  });
});
