import { describe, expect, it } from 'vitest';
import { NelderMead } from './nelder-mead';

describe('Nelder–Mead', () => {
  it('finds the minimum of a shifted quadratic', () => {
    const nm = new NelderMead(3);
    const x = Float64Array.from([0, 0, 0]);
    const f = (p: Float64Array): number => (p[0]! - 1) ** 2 + 2 * (p[1]! + 2) ** 2 + 0.5 * (p[2]! - 0.3) ** 2;
    const v = nm.minimise(f, x, [0.5, 0.5, 0.5], { maxEvals: 2000, relTol: 1e-14 });
    expect(v).toBeLessThan(1e-8);
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(-2, 3);
  });

  it('respects bounds expressed as a penalty', () => {
    const nm = new NelderMead(1);
    const x = Float64Array.from([0.5]);
    const f = (p: Float64Array): number => (p[0]! < 0 || p[0]! > 1 ? 1e20 : -p[0]!);
    nm.minimise(f, x, [0.1], { maxEvals: 500, relTol: 1e-12 });
    expect(x[0]!).toBeLessThanOrEqual(1);
    expect(x[0]!).toBeGreaterThan(0.99);
  });
});
