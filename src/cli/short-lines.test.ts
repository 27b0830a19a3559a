import { describe, expect, it } from 'vitest';
import { counted, listLine, MAX_LINE, wrapLine } from './short-lines';

describe('short CLI lines', () => {
  it('prints a short list whole and summarises a long one within the width', () => {
    expect(listLine('3 suppliers: ', ['A', 'B', 'C'])).toBe('3 suppliers: A, B, C');
    const codes = Array.from({ length: 137 }, (_, i) => `SUP-${String(i + 1).padStart(4, '0')}`);
    const line = listLine('137 suppliers: ', codes);
    expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    expect(line).toMatch(/^137 suppliers: SUP-0001, SUP-0002, .* … and \d+ more$/);
    const shown = line.split(': ')[1]!.split(' … ')[0]!.split(', ').length;
    expect(line).toContain(`and ${137 - shown} more`);
  });

  it('counts a list whose first item does not fit instead of cutting it', () => {
    expect(listLine('2 files: ', ['x'.repeat(200), 'y'], 40)).toBe('2 files (2)');
  });

  it('wraps long sentences onto indented lines of the width, words whole', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const lines = wrapLine(text, 50);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('  word'))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
    expect(wrapLine('short')).toEqual(['short']);
    const padded = wrapLine(`   1. high   stockout    ${'fact=1 '.repeat(20)}`, 60, '        ');
    expect(padded[0]).toMatch(/^ {3}1\. high {3}stockout {4}fact=1/);
    expect(padded.every((l) => l.length <= 60 && l === l.trimEnd())).toBe(true);
    const deep = wrapLine(`Wrote 3 files to ${'/a-long-folder-name'.repeat(8)}/po`, 50);
    expect(deep.every((l) => l.length <= 50)).toBe(true);
    expect(deep.map((l) => l.trim()).join('')).toContain(`${'/a-long-folder-name'.repeat(8)}/po`);
  });

  it('says one or many', () => {
    expect(counted(1, 'supplier')).toBe('1 supplier');
    expect(counted(1234, 'supplier')).toBe('1,234 suppliers');
  });
});
