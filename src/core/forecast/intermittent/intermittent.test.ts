import { describe, expect, it } from 'vitest';
import { adida, adidaLevel } from './adida';
import { croston, crostonState, sba } from './croston';
import { tsb } from './tsb';

describe('intermittent methods', () => {
  // Hand-computed: first demand 2 after an interval of 2; next demand 4 after 3 periods.
  // α = 0.5: size 2 → 3, interval 2 → 2.5; Croston 3/2.5 = 1.2; SBA (1 − 0.25)·1.2 = 0.9.
  const y = Float64Array.from([0, 2, 0, 0, 4]);

  it('Croston textbook values', () => {
    const s = crostonState(y, 0.5, 'croston')!;
    expect(s.size).toBeCloseTo(3, 12);
    expect(s.interval).toBeCloseTo(2.5, 12);
    expect(croston(y, 3, 0.5).mean[2]).toBeCloseTo(1.2, 12);
  });

  it('SBA applies the (1 − α/2) bias correction', () => {
    expect(sba(y, 3, 0.5).mean[0]).toBeCloseTo(0.9, 12);
  });

  it('no demand gives a zero forecast', () => {
    expect(Array.from(croston(new Float64Array(10), 4).mean)).toEqual([0, 0, 0, 0]);
    expect(Array.from(tsb(new Float64Array(10), 2).mean)).toEqual([0, 0]);
  });

  it('TSB decays after demand stops, Croston does not', () => {
    const dying = Float64Array.from({ length: 40 }, (_, t) => (t < 20 && t % 2 === 0 ? 5 : 0));
    expect(tsb(dying, 1, 0.1, 0.1).mean[0]!).toBeLessThan(croston(dying, 1, 0.1).mean[0]!);
  });

  it('ADIDA aggregates by the mean demand interval', () => {
    const every3 = Float64Array.from({ length: 30 }, (_, t) => (t % 3 === 2 ? 6 : 0));
    expect(adidaLevel(every3)).toBe(3);
    // Each 3-period bucket sums to 6 → 2 per period.
    expect(adida(every3, 2).mean[0]).toBeCloseTo(2, 6);
  });
});
