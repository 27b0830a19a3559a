import { describe, expect, it } from 'vitest';
import { inferDecimalSeparator, parseNumber } from './numbers';

describe('numbers', () => {
  it.each([
    ['12', 12],
    ['-3.5', -3.5],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['¥1,040', 1040],
    ['￥12.50', 12.5],
    ['$ 1,200.00', 1200],
    ['€3', 3],
    ['RMB 88', 88],
    ['88元', 88],
    ['12 件', 12],
    ['(12.00)', -12],
    ['12-', -12],
    ['１２３', 123],
    ['1 234', 1234],
    ['1e3', 1000],
  ])('reads %j', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('reads decimal commas when the column uses them', () => {
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(parseNumber('1.234,56', ',')).toBe(1234.56);
    expect(parseNumber('1 234,56 €', ',')).toBe(1234.56);
  });

  it('refuses what is not a number', () => {
    for (const text of ['abc', '', '12,5', '1.2.3', '=SUM(A1:A2)', '12%', '0x10', 'Infinity']) {
      expect(parseNumber(text), text).toBeNaN();
    }
    expect(parseNumber(null)).toBeNaN();
    expect(parseNumber(new Date())).toBeNaN();
  });

  it('passes numbers and booleans from spreadsheets through', () => {
    expect(parseNumber(7.25)).toBe(7.25);
    expect(parseNumber(true)).toBe(1);
  });

  it('decides the decimal separator from the column', () => {
    expect(inferDecimalSeparator(['12,5', '3', '1.234,5'])).toBe(',');
    expect(inferDecimalSeparator(['1,234', '2,000', '12.5'])).toBe('.');
    expect(inferDecimalSeparator(['1,234', '2,000'])).toBe('.');
    expect(inferDecimalSeparator(['1.234.567'])).toBe(',');
  });
});
