import { describe, expect, it } from 'vitest';
import { LiftSpread, ownLift, riseMultiple } from './season-lift';

describe("a series' own yearly lift against the shop's", () => {
  it('measures the lift with its noise, and none without sales before it', () => {
    const own = ownLift([30, 30, 30, 30], [10, 10, 10, 10])!;
    expect(own.lift).toBe(3);
    expect(own.variance).toBeGreaterThan(0);
    expect(ownLift([5, 5], [0, 0])).toBeNull();
  });

  it('finds no spread between series that differ only by noise, and a spread where lifts really differ', () => {
    const noisy = new LiftSpread();
    for (const lift of [1.9, 2.1, 2, 1.95, 2.05]) noisy.add({ lift, variance: 0.25 });
    expect(noisy.between()).toBe(0);
    const apart = new LiftSpread();
    for (const lift of [1, 3, 1, 3, 1, 3]) apart.add({ lift, variance: 0.01 });
    expect(apart.between()).toBeGreaterThan(0.9);
  });

  it("follows the shop's rise without a spread or evidence, its own where the spread is real", () => {
    expect(riseMultiple({ lift: 1, variance: 0.01 }, 2, 0)).toBe(1);
    expect(riseMultiple(null, 2, 1)).toBe(1);
    expect(riseMultiple({ lift: 1, variance: 0.01 }, 2, 1)).toBeCloseTo(0.01, 2);
    expect(riseMultiple({ lift: 9, variance: 0.01 }, 2, 1)).toBe(3);
    // A noisy own lift leans on the shop's.
    expect(riseMultiple({ lift: 1, variance: 10 }, 2, 0.1)).toBeGreaterThan(0.9);
  });
});
