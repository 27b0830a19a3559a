import { describe, expect, it } from 'vitest';
import { jsonExact } from './json-exact';

describe('jsonExact', () => {
  it('accepts what JSON gives back as it is', () => {
    const value = { a: 1.5, b: 'x', c: null, d: [true, { e: 0, f: [] }], g: {} };
    expect(jsonExact(value)).toBe(true);
    expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
  });

  it.each([
    ['NaN', { a: Number.NaN }],
    ['Infinity', [1, Number.POSITIVE_INFINITY]],
    ['-0', { a: { b: -0 } }],
    ['an undefined value', { a: undefined }],
    ['undefined in an array', [undefined]],
    ['a date', { at: new Date(0) }],
    ['a typed array', new Int32Array(2)],
    ['a function', { f: () => 0 }],
  ])('refuses %s, which JSON changes', (_name, value) => {
    expect(jsonExact(value)).toBe(false);
    expect(JSON.parse(JSON.stringify(value)) as unknown).not.toStrictEqual(value);
  });
});
