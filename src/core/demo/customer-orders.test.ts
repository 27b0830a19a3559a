import { describe, expect, it } from 'vitest';
import { createRng } from '../ground/random';
import { cumulativePicker } from './customer-orders';

describe('cumulativePicker', () => {
  it('picks as a linear weighted draw does, never a zero weight', () => {
    const weights = [0, 3, 0.5, 0, 7, 1.25, 0, 2];
    const pick = cumulativePicker(weights);
    const a = createRng(7, 1);
    const b = createRng(7, 1);
    const counts = new Array<number>(weights.length).fill(0);
    for (let k = 0; k < 20_000; k++) {
      const i = pick(a.next());
      expect(i).toBe(b.weightedIndex(weights));
      counts[i]!++;
    }
    expect(counts[0]).toBe(0);
    expect(counts[3]).toBe(0);
    expect(counts[4]! / 20_000).toBeCloseTo(7 / 13.75, 1);
    expect(pick(0)).toBe(1);
    expect(pick(0.999999)).toBe(7);
  });
});
