import { describe, expect, it } from 'vitest';
import { theta } from './theta';

describe('Theta', () => {
  it('forecasts a constant series as the constant', () => {
    const f = theta(new Float64Array(20).fill(7), 4);
    for (const v of f.mean) expect(v).toBeCloseTo(7, 6);
  });

  it('is SES with drift: on a line the forecast grows by half the slope per step', () => {
    const y = Float64Array.from({ length: 30 }, (_, t) => 5 + 2 * t);
    const f = theta(y, 5);
    for (let h = 1; h < 5; h++) expect(f.mean[h]! - f.mean[h - 1]!).toBeCloseTo(1, 9);
  });
});
