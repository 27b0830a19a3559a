import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, seededRandom } from './random';

const sample = (n: number, draw: () => number): number[] => Array.from({ length: n }, draw);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]): number => {
  const m = mean(xs);
  return mean(xs.map((x) => (x - m) ** 2));
};

describe('seeded random numbers', () => {
  it('repeat exactly for the same seed and differ for another', () => {
    const a = createRng(42, 7);
    const b = createRng(42, 7);
    const c = createRng(42, 8);
    const first = sample(100, () => a.next());
    expect(sample(100, () => b.next())).toEqual(first);
    expect(sample(100, () => c.next())).not.toEqual(first);
    expect(hashSeed(1, 2)).not.toBe(hashSeed(2, 1));
    expect(hashSeed(2 ** 40)).not.toBe(hashSeed(0));
  });

  it('are uniform in [0, 1) and integers stay in range', () => {
    const rng = createRng(1);
    const xs = sample(20_000, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
    const ints = sample(5_000, () => rng.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
  });

  it('draw counts with the intended mean and overdispersion', () => {
    const rng = createRng(2);
    const poisson = sample(20_000, () => rng.poisson(2.5));
    expect(mean(poisson)).toBeCloseTo(2.5, 1);
    expect(variance(poisson)).toBeCloseTo(2.5, 0);
    const large = sample(5_000, () => rng.poisson(80));
    expect(mean(large)).toBeGreaterThan(78);
    expect(mean(large)).toBeLessThan(82);
    // Negative binomial: variance = mean + mean² / size.
    const nb = sample(40_000, () => rng.negativeBinomial(3, 1.5));
    expect(mean(nb)).toBeGreaterThan(2.85);
    expect(mean(nb)).toBeLessThan(3.15);
    expect(variance(nb)).toBeGreaterThan(7);
    expect(variance(nb)).toBeLessThan(11);
    expect(nb.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    const gamma = sample(20_000, () => rng.gamma(0.6));
    expect(mean(gamma)).toBeCloseTo(0.6, 1);
  });

  it('gives the mulberry32 sequence the simulation and the global model drew before, for any seed', () => {
    const reference = (seed: number) => {
      let a = seed >>> 0;
      return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    for (const seed of [0, 1, 42, 2 ** 31 + 5, -7, 9_000_000_000_123]) {
      const a = seededRandom(seed);
      const b = reference(seed);
      for (let i = 0; i < 1000; i++) expect(a()).toBe(b());
    }
  });
});
