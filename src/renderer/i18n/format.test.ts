import { describe, expect, it } from 'vitest';
import { getFormatters } from './format';

describe('one date formatter for the whole UI, following the locale', () => {
  it('writes days, months and moments in the language (the regional variant where the browser has one)', () => {
    const en = getFormatters('en');
    const zh = getFormatters('zh-CN');
    expect(en.date('2011-03-13')).toBe('03/13/2011');
    expect(zh.date('2011-03-13')).toBe('2011/03/13');
    expect(en.month('2026-03')).toBe('Mar 26');
    expect(zh.month('2026-03-31')).toBe('26年3月');
    expect(en.timestamp('2026-12-06T15:04:05')).toMatch(/Dec 6, 2026.*3:04:05/);
    expect(en.date(null)).toBe('—');
  });
});

describe('ratios line up in a column', () => {
  it('always shows two decimals, with the locale’s separators', () => {
    const en = getFormatters('en');
    expect(en.twoDecimals(0.9)).toBe('0.90');
    expect(en.twoDecimals(1.456)).toBe('1.46');
    expect(en.twoDecimals(1234.5)).toBe('1,234.50');
    expect(en.twoDecimals(null)).toBe('—');
  });
});
