import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../ground/calendar';
import { closedWeekdays, moveClosedDays, weekdayOf } from './closed-weekdays';

/** Daily series ending on `lastDay` that sell `qty` every day except on the given weekdays (0 = Monday). */
function shop(count: number, days: number, lastDay: number, closed: number[]): Float64Array[] {
  return Array.from({ length: count }, (_, s) =>
    Float64Array.from({ length: days }, (_, t) => (closed.includes(weekdayOf(lastDay - (days - 1 - t))) ? 0 : 1 + ((s + t) % 3))),
  );
}

describe('closed weekdays', () => {
  const lastDay = dayFromIso('2010-11-30');

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf(dayFromIso('2010-11-29'))).toBe(0);
    expect(weekdayOf(dayFromIso('2010-11-27'))).toBe(5);
  });

  it('finds the weekday no series sold on in eight weeks', () => {
    expect([...closedWeekdays(shop(40, 70, lastDay, [5]), lastDay, 30)]).toEqual([5]);
  });

  it('finds none when one sale fell on that weekday, or too few series cover the weeks', () => {
    const series = shop(40, 70, lastDay, [5]);
    const saturday = series[7]!.length - 1 - ((lastDay - dayFromIso('2010-11-20')) | 0);
    series[7]![saturday] = 2;
    expect(closedWeekdays(series, lastDay, 30).size).toBe(0);
    expect(closedWeekdays(shop(20, 70, lastDay, [5]), lastDay, 30).size).toBe(0);
  });

  it('moves the closed days’ forecast onto the open days, keeping the total', () => {
    const mean = new Float64Array(14).fill(6);
    const p90 = new Float64Array(14).fill(9);
    moveClosedDays(mean, [p90], new Set([5]), lastDay);
    // 2010-12-04 and 2010-12-11 are the Saturdays of the horizon (steps 4 and 11).
    expect(mean[3]).toBe(0);
    expect(mean[10]).toBe(0);
    expect(p90[3]).toBe(0);
    expect(mean[0]).toBeCloseTo(7);
    expect(p90[0]).toBeCloseTo(10.5);
    expect(mean.reduce((a, b) => a + b, 0)).toBeCloseTo(84);
  });
});
