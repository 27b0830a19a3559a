import { describe, expect, it } from 'vitest';
import { classifyDemand } from './classify';

const series = (demands: number[], zerosBetween: number): number[] =>
  demands.flatMap((d) => [d, ...new Array<number>(zerosBetween).fill(0)]);

describe('Syntetos–Boylan classification', () => {
  it('smooth: every period, stable sizes', () => {
    const p = classifyDemand([10, 11, 9, 10, 12, 10, 9, 11, 10, 10]);
    expect(p.class).toBe('smooth');
    expect(p.adi).toBe(1);
  });
  it('erratic: every period, CV² ≥ 0.49', () => {
    expect(classifyDemand([1, 20, 2, 30, 1, 25, 2, 1, 40, 3]).class).toBe('erratic');
  });
  it('intermittent: ADI ≥ 1.32, stable sizes', () => {
    const p = classifyDemand(series([5, 5, 6, 5, 4, 5], 2));
    expect(p.adi).toBe(3);
    expect(p.cv2).toBeLessThan(0.49);
    expect(p.class).toBe('intermittent');
  });
  it('lumpy: ADI ≥ 1.32, CV² ≥ 0.49', () => {
    expect(classifyDemand(series([1, 30, 2, 50, 1, 40], 2)).class).toBe('lumpy');
  });
  it('ADI exactly at the 1.32 cut-off counts as intermittent', () => {
    // 33 periods with 25 demands → ADI = 1.32.
    const y = Array.from({ length: 33 }, (_, t) => (t < 25 ? 4 : 0));
    const p = classifyDemand(y);
    expect(p.adi).toBeCloseTo(1.32, 12);
    expect(p.class).toBe('intermittent');
  });
  it('CV² boundary: sizes with CV² = 0.49 are "lumpy", just below are "intermittent"', () => {
    // Sample CV² of sizes {1, 3}: 1.2 / 4 = 0.30; of {1, 5}: 4.8 / 9 = 0.53.
    const below = classifyDemand(series([1, 3, 1, 3, 1, 3], 1));
    expect(below.cv2).toBeLessThan(0.49);
    expect(below.class).toBe('intermittent');
    const above = classifyDemand(series([1, 5, 1, 5, 1, 5], 1));
    expect(above.cv2).toBeGreaterThanOrEqual(0.49);
    expect(above.class).toBe('lumpy');
  });
  it('zero and new histories', () => {
    expect(classifyDemand([0, 0, 0, 0, 0, 0, 0, 0, 0]).class).toBe('zero');
    expect(classifyDemand([3, 0, 4]).class).toBe('new');
  });
});
