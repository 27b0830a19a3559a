import { describe, expect, it } from 'vitest';
import { classifyAbc, classifyXyz } from './classify';
import { settingResolver } from './settings';

describe('ABC × XYZ', () => {
  it('puts the top 80% of value in A, the next 15% in B', () => {
    expect(classifyAbc([70, 15, 10, 4, 1, 0])).toEqual(['A', 'A', 'B', 'C', 'C', 'C']);
    expect(classifyAbc([0, 0])).toEqual(['C', 'C']);
  });

  it('grades variability by the forecast error CV', () => {
    expect(classifyXyz(10, 16)).toBe('X');
    expect(classifyXyz(10, 64)).toBe('Y');
    expect(classifyXyz(10, 400)).toBe('Z');
    expect(classifyXyz(0, 1)).toBe('Z');
  });
});

describe('settingResolver', () => {
  it('takes the most specific scope per field', () => {
    const resolve = settingResolver([
      { scope: 'default', scopeKey: '', reviewDays: 14 },
      { scope: 'class', scopeKey: 'AX', serviceLevel: 0.99 },
      { scope: 'category', scopeKey: 'Shoes', serviceLevel: 0.9, policy: 'reorder_point' },
      { scope: 'sku', scopeKey: '7', serviceLevel: 0.8 },
    ]);
    expect(resolve({ productId: 1, category: null, abc: 'A', xyz: 'X' })).toEqual({ serviceLevel: 0.99, policy: 'order_up_to', reviewDays: 14 });
    expect(resolve({ productId: 1, category: 'Shoes', abc: 'A', xyz: 'X' })).toEqual({ serviceLevel: 0.9, policy: 'reorder_point', reviewDays: 14 });
    expect(resolve({ productId: 7, category: 'Shoes', abc: 'C', xyz: 'Z' })).toEqual({ serviceLevel: 0.8, policy: 'reorder_point', reviewDays: 14 });
    expect(resolve({ productId: 2, category: null, abc: 'C', xyz: 'Z' }).serviceLevel).toBe(0.9);
  });
});
