import { describe, expect, it } from 'vitest';
import { addMonths, dayFromIso, isoFromDay, monthIndexOfDay } from './calendar';

describe('calendar day numbers', () => {
  it('round-trips ISO dates and rejects impossible ones', () => {
    for (const iso of ['1998-01-01', '2024-02-29', '2026-12-31']) expect(isoFromDay(dayFromIso(iso))).toBe(iso);
    expect(dayFromIso('2025-02-29')).toBeNaN();
    expect(dayFromIso('2025-13-01')).toBeNaN();
    expect(dayFromIso('01/02/2025')).toBeNaN();
    expect(dayFromIso('2025-01-02') - dayFromIso('2025-01-01')).toBe(1);
  });

  it('steps months keeping the day, clamped to the month end', () => {
    expect(isoFromDay(addMonths(dayFromIso('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoFromDay(addMonths(dayFromIso('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoFromDay(addMonths(dayFromIso('2025-11-15'), 3))).toBe('2026-02-15');
    expect(isoFromDay(addMonths(dayFromIso('2002-03-01'), 12))).toBe('2003-03-01');
    expect(monthIndexOfDay(dayFromIso('2025-03-31')) - monthIndexOfDay(dayFromIso('2024-12-01'))).toBe(3);
  });
});
