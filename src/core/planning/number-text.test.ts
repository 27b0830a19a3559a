import { describe, expect, it } from 'vitest';
import { createRng } from '../ground/random';
import { numberText } from './number-text';

describe('numberText', () => {
  it('writes every number exactly as Intl en does', () => {
    const intl = [0, 1, 2].map((d) => new Intl.NumberFormat('en', { maximumFractionDigits: d }));
    const rng = createRng(19, 1);
    const values = [
      0, -0, 0.5, 1.5, 2.5, -0.5, -2.5, 0.05, 0.15, 1.005, 1.045, 2.675, -0.04, -0.004, 999.995, 999.5, 1000, -1000, 12345.675,
      123456789.125, -98765432.105, 1e15, 1e21, -1e21, Number.NaN, Infinity, -Infinity, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-7,
    ];
    for (let i = 0; i < 20000; i++) {
      const scale = 10 ** Math.floor(rng.next() * 10);
      values.push((rng.next() - 0.3) * scale, Math.round(rng.next() * scale * 1000) / 1000, Math.round(rng.next() * 2000) / 200 - 3);
    }
    const differing: string[] = [];
    for (const x of values) for (const d of [0, 1, 2]) if (numberText(x, d) !== intl[d]!.format(x)) differing.push(`${x} to ${d} digits: ${numberText(x, d)}`);
    expect(differing).toEqual([]);
    expect(numberText(1234567.891, 2)).toBe('1,234,567.89');
    expect(numberText(-0.04, 1)).toBe('-0');
  });
});
