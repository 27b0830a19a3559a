import { describe, expect, it } from 'vitest';
import { bucketize } from './lead-time-histogram';

describe('lead-time histogram', () => {
  it('one-day buckets for short lead times, keeping empty days inside the range', () => {
    expect(bucketize([3, 5, 5, 7])).toEqual([
      { fromDays: 3, toDays: 3, count: 1 },
      { fromDays: 4, toDays: 4, count: 0 },
      { fromDays: 5, toDays: 5, count: 2 },
      { fromDays: 6, toDays: 6, count: 0 },
      { fromDays: 7, toDays: 7, count: 1 },
    ]);
  });

  it('wider buckets for long voyages, every sample counted once', () => {
    const samples = [30, 41, 45, 58, 60, 75, 90];
    const buckets = bucketize(samples);
    expect(buckets.length).toBeLessThanOrEqual(24);
    expect(buckets[0]!.fromDays).toBeLessThanOrEqual(30);
    expect(buckets.at(-1)!.toDays).toBeGreaterThanOrEqual(90);
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(samples.length);
    const width = buckets[0]!.toDays - buckets[0]!.fromDays + 1;
    expect(width).toBe(3);
    for (const s of samples) expect(buckets.find((b) => s >= b.fromDays && s <= b.toDays)).toBeDefined();
  });

  it('nothing delivered, no bars', () => {
    expect(bucketize([])).toEqual([]);
  });
});
