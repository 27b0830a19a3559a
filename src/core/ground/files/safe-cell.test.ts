import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, escapeCellText, unescapeCellText, xlsxValue } from './safe-cell';

const HOSTILE = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)', '\tx', '\rx'];

describe('the one cell writer', () => {
  it('puts an apostrophe in front of every text that could start a formula, and the reader takes it off', () => {
    for (const text of HOSTILE) {
      expect(escapeCellText(text)).toBe(`'${text}`);
      expect(unescapeCellText(escapeCellText(text))).toBe(text);
      expect(xlsxValue(text)).toBe(`'${text}`);
    }
    expect(escapeCellText('SKU-1')).toBe('SKU-1');
    expect(unescapeCellText("'quoted")).toBe("'quoted");
    expect(unescapeCellText("''=x")).toBe("''=x");
  });

  it('writes numbers as numbers, negative ones too, and never escapes them', () => {
    expect(csvField(-2)).toBe('-2');
    expect(csvField(1.5)).toBe('1.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(xlsxValue(-2)).toBe(-2);
    expect(xlsxValue(Number.POSITIVE_INFINITY)).toBeNull();
    expect(csvField('-2')).toBe("'-2");
  });

  it('quotes fields with a comma, quote or line break, after escaping', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvRecord(['a', 1, null, undefined, true, '=1,2'])).toBe(`a,1,,,true,"'=1,2"`);
  });
});
