import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../shared/contract/schemas/events';
import { eventYearRows, newEventKey } from './event-rows';
import { plannedBuckets } from './forecast-chart-option';

const event = (key: string, years: number[], offYears: number[] = []): CalendarEvent => ({
  key,
  origin: 'user',
  nameEn: key,
  nameZh: key,
  enabled: true,
  offYears,
  occurrences: years.map((year) => ({ year, from: `${year}-09-09`, to: `${year}-09-10`, edited: true })),
});

describe('the event calendar table and planned spans', () => {
  it('shows each event in the chosen year, with no dates where it has none or was skipped', () => {
    const rows = eventYearRows([event('brandDay', [2025, 2026]), event('double11', [2025], [2026])], 2026);
    expect(rows.map((r) => [r.key, r.from, r.to, r.off])).toEqual([
      ['brandDay', '2026-09-09', '2026-09-10', false],
      ['double11', null, null, true],
    ]);
  });

  it('makes a unique camelCase key from the English name', () => {
    const calendar = [event('brandDay', []), event('brandDay2', [])];
    expect(newEventKey('Brand Day', calendar)).toBe('brandDay3');
    expect(newEventKey('Super Sale 2026!', calendar)).toBe('superSale2026');
    expect(newEventKey('99 sale', calendar)).toBe('event99Sale');
    expect(newEventKey('品牌日', calendar)).toBe('event');
  });

  it('marks the forecast buckets a planned promotion touches, and none it does not reach', () => {
    const weeks = ['2026-07-07', '2026-07-14', '2026-07-21'];
    expect(plannedBuckets(weeks, [{ from: '2026-07-09', to: '2026-07-16' }], '2026-06-30')).toEqual([['2026-07-14', '2026-07-21']]);
    expect(plannedBuckets(weeks, [{ from: '2026-07-01', to: '2026-07-02' }], '2026-06-30')).toEqual([['2026-07-07', '2026-07-07']]);
    expect(plannedBuckets(weeks, [{ from: '2026-06-01', to: '2026-06-20' }, { from: '2026-08-01', to: '2026-08-05' }], '2026-06-30')).toEqual([]);
  });
});
