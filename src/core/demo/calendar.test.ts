import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../ground/calendar';
import { chineseNewYearEpochDay, DemoCalendar, HISTORY_DAYS } from './calendar';

describe('demo calendar', () => {
  it('spans 730 days ending at asOf, with weekdays and day of year', () => {
    const calendar = new DemoCalendar('2025-06-30');
    expect(calendar.dates).toHaveLength(HISTORY_DAYS);
    expect(calendar.dates[HISTORY_DAYS - 1]).toBe('2025-06-30');
    expect(calendar.dates[0]).toBe('2023-07-02');
    expect(calendar.weekday[HISTORY_DAYS - 1]).toBe(0); // 2025-06-30 was a Monday
    expect(calendar.weekday[0]).toBe(6); // 2023-07-02 was a Sunday
    const newYear = calendar.dayOf('2024-01-01');
    expect(calendar.dayOfYear[newYear]).toBe(0);
    expect(calendar.dayOfYear[newYear - 1]).toBe(364);
    expect(calendar.dateAt(HISTORY_DAYS + 9)).toBe('2025-07-10');
    expect(calendar.dateAt(-1)).toBe('2023-07-01');
    expect(calendar.dayOfDate(2024, 11, 11)).toBe(calendar.dayOf('2024-11-11'));
  });

  it('rejects dates that do not exist', () => {
    expect(dayFromIso('2024-02-29')).toBe(dayFromIso('2024-03-01') - 1);
    expect(dayFromIso('2025-02-29')).toBeNaN();
    expect(dayFromIso('2025-6-1')).toBeNaN();
    expect(() => new DemoCalendar('not a date')).toThrow();
    expect(isoFromDay(0)).toBe('1970-01-01');
  });

  it('knows Chinese New Year', () => {
    expect(isoFromDay(chineseNewYearEpochDay(2025))).toBe('2025-01-29');
    expect(isoFromDay(chineseNewYearEpochDay(2026))).toBe('2026-02-17');
    const calendar = new DemoCalendar('2025-06-30');
    expect(calendar.chineseNewYearDays(0, HISTORY_DAYS - 1).map((d) => calendar.dateAt(d))).toEqual(
      expect.arrayContaining(['2024-02-10', '2025-01-29']),
    );
  });
});
