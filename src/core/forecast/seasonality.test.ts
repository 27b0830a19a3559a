import { describe, expect, it } from 'vitest';
import { detectSeasonality } from './seasonal-adjustment';
import { hasSeasonality, seasonalIndices } from './seasonality';

const seasonal = (n: number, m: number, noise = 0): Float64Array =>
  Float64Array.from({ length: n }, (_, t) => 100 * (1 + 0.3 * Math.sin((2 * Math.PI * t) / m)) + noise * (((t * 7919) % 13) - 6));

describe('seasonality', () => {
  it('classical multiplicative indices recover the pattern', () => {
    const idx = seasonalIndices(seasonal(84, 12), 12, 'multiplicative')!;
    for (let i = 0; i < 12; i++) expect(idx[i]!).toBeCloseTo(1 + 0.3 * Math.sin((2 * Math.PI * i) / 12), 2);
  });

  it('detects seasonality only with ≥ 2 full seasons and a significant lag-m autocorrelation (M4 test)', () => {
    // Retail-like yearly peak (weeks 46–51 triple) on a noisy base.
    const peaks = (n: number): Float64Array =>
      Float64Array.from({ length: n }, (_, t) => (t % 52 >= 46 ? 300 : 100) + (((t * 7919) % 13) - 6));
    expect(hasSeasonality(peaks(104), 52)).toBe(true);
    expect(hasSeasonality(peaks(90), 52)).toBe(false);
    let state = 12345;
    const uniform = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const flat = Float64Array.from({ length: 156 }, () => 50 + 10 * uniform());
    expect(hasSeasonality(flat, 52)).toBe(false);
  });

  it('James–Stein shrinkage keeps clear patterns and drops pure noise', () => {
    const clear = detectSeasonality(seasonal(104, 7, 0.5), 7)!;
    expect(clear.indices[2]!).toBeGreaterThan(1.2);
  });
});
