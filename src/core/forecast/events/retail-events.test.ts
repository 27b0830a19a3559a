import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../ground/calendar';
import { defaultRetailEvents, retailEventsOfYear } from './retail-events';

const span = (year: number, key: string) => retailEventsOfYear(year).find((e) => e.key === key);

describe('default retail events', () => {
  it('moves Spring Festival with the lunar calendar, with the rush before it', () => {
    expect(span(2024, 'springFestival')).toEqual({ key: 'springFestival', from: '2024-02-10', to: '2024-02-16' });
    expect(span(2025, 'springFestival')?.from).toBe('2025-01-29');
    expect(span(2025, 'springFestivalRush')).toEqual({ key: 'springFestivalRush', from: '2025-01-08', to: '2025-01-28' });
  });

  it('puts Black Friday on the day after the fourth Thursday of November', () => {
    expect(span(2024, 'blackFriday')?.from).toBe('2024-11-29');
    expect(span(2025, 'blackFriday')?.from).toBe('2025-11-28');
    expect(span(2026, 'blackFriday')?.from).toBe('2026-11-27');
    expect(new Date(`${span(2023, 'blackFriday')!.from}T00:00:00Z`).getUTCDay()).toBe(5);
  });

  it('ends 618, Double 11 and Double 12 on their day', () => {
    expect(span(2026, 'mid618')?.to).toBe('2026-06-18');
    expect(span(2026, 'double11')?.to).toBe('2026-11-11');
    expect(span(2026, 'double12')?.to).toBe('2026-12-12');
  });

  it('covers past and future years, every span well formed', () => {
    const events = defaultRetailEvents(1990, 2050);
    expect(events.filter((e) => e.key === 'double11')).toHaveLength(41);
    for (const e of events) expect(dayFromIso(e.to)).toBeGreaterThanOrEqual(dayFromIso(e.from));
  });
});
