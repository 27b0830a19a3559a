import { describe, expect, it } from 'vitest';
import { decodeSeries, encodeSeries, WHOLE_UNITS, WIDE_DAYS } from './codec';
import { allocateRecords } from './records';

function roundTrip(days: number[], units: number[], flags: number[], fromDay = -1e9, toDay = 1e9) {
  const e = encodeSeries(days, units, flags, days.length);
  // As SQLite hands a BLOB back: somewhere inside a larger buffer, not aligned.
  const pool = new Uint8Array(e.data.length + 3);
  pool.set(e.data, 3);
  const out = decodeSeries({ firstDay: e.firstDay, rows: e.rows, layout: e.layout, data: pool.subarray(3) }, fromDay, toDay, allocateRecords(1));
  return { e, days: [...out.days.subarray(0, out.length)], units: [...out.units.subarray(0, out.length)], flags: [...out.flags.subarray(0, out.length)], firstDay: out.firstDay };
}

describe('one series as a columnar BLOB', () => {
  it('keeps whole units in 4 bytes and day offsets in 2, and gives them back exactly', () => {
    const r = roundTrip([20000, 20001, 20009], [3, 0, -2], [0, 2, 1]);
    expect(r.e.layout).toBe(WHOLE_UNITS);
    expect(r.e.data.length).toBe(3 * 7);
    expect(r).toMatchObject({ days: [20000, 20001, 20009], units: [3, 0, -2], flags: [0, 2, 1], firstDay: 20000 });
  });

  it('keeps fractional units as doubles, bit for bit', () => {
    const units = [0.1 + 0.2, 2.675, 1e-7, 12.5];
    const r = roundTrip([1, 2, 3, 4], units, [0, 0, 0, 0]);
    expect(r.e.layout & WHOLE_UNITS).toBe(0);
    expect(r.units).toEqual(units);
  });

  it('widens day offsets for a series spanning more than 65,535 days', () => {
    const r = roundTrip([0, 70000], [1, 2], [0, 0]);
    expect(r.e.layout & WIDE_DAYS).toBe(WIDE_DAYS);
    expect(r.days).toEqual([0, 70000]);
  });

  it('decodes only the rows within the range asked for', () => {
    const r = roundTrip([10, 11, 12, 13, 14], [1, 2, 3, 4, 5], [0, 0, 0, 0, 0], 11, 13);
    expect(r).toMatchObject({ days: [11, 12, 13], units: [2, 3, 4], firstDay: 11 });
    expect(roundTrip([10], [1], [0], 11, 13).firstDay).toBe(Infinity);
  });
});
