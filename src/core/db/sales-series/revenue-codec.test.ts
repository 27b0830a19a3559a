import { describe, expect, it } from 'vitest';
import { decodeRevenue, encodeRevenue } from './revenue-codec';

/** Rows [from, from + count) back from a BLOB placed as SQLite hands it: inside a larger buffer, not aligned. */
function back(revenue: number[], from = 0, count = revenue.length - from) {
  const data = encodeRevenue(revenue, revenue.length);
  const pool = new Uint8Array(data.length + 3);
  pool.set(data, 3);
  const into = new Float64Array(count);
  decodeRevenue(pool.subarray(3), revenue.length, from, count, into);
  return { bytes: data.length, values: [...into] };
}

describe("a series' revenue beside its rows", () => {
  it('keeps whole cents in 4 bytes a row and gives back the very doubles', () => {
    const revenue = [59.97, 0, 0.29, 1234567.89, -3.5, 2.01];
    expect(back(revenue)).toEqual({ bytes: 4 * revenue.length, values: revenue });
  });

  it('keeps anything else as doubles, bit for bit', () => {
    const revenue = [10, 0.1 + 0.2, 1 / 3, 2.675];
    expect(back(revenue)).toEqual({ bytes: 8 * revenue.length, values: revenue });
    expect(back([1, 3e7]).bytes).toBe(16); // 3e9 cents do not fit an Int32
  });

  it('stores nothing for a series without revenue', () => {
    expect(back([0, 0, 0])).toEqual({ bytes: 0, values: [0, 0, 0] });
  });

  it('decodes the rows asked for only', () => {
    expect(back([1.5, 2.25, 3, 4.75], 1, 2).values).toEqual([2.25, 3]);
    expect(back([1 / 3, 2, 3, 4], 2, 2).values).toEqual([3, 4]);
  });

  it('refuses a BLOB that fits no layout of the series', () => {
    expect(() => decodeRevenue(new Uint8Array(12), 4, 0, 4, new Float64Array(4))).toThrow(/does not fit/);
  });
});
