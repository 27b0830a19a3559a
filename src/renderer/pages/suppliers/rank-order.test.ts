import { describe, expect, it } from 'vitest';
import { unrankedLast } from './rank-order';

/** Sorts as AG Grid does: the comparator's answer, reversed for a descending sort. */
const sorted = (ranks: (number | null)[], descending: boolean) =>
  [...ranks].sort((a, b) => (descending ? -1 : 1) * unrankedLast(a, b, undefined, undefined, descending));

describe('the ranking order', () => {
  it('puts suppliers without a rank after the ranked ones, ascending and descending', () => {
    const ranks = [null, 3, null, 1, 2];
    expect(sorted(ranks, false)).toEqual([1, 2, 3, null, null]);
    expect(sorted(ranks, true)).toEqual([3, 2, 1, null, null]);
  });
});
