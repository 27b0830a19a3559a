import { describe, expect, it } from 'vitest';
import { assignField, confidenceLevel, missingFields, toMapping, type ColumnChoice } from './mapping-state';

const choices: ColumnChoice[] = [
  { index: 0, header: '商品编码', field: 'sku', confidence: 0.95, manual: false },
  { index: 1, header: '日期', field: null, confidence: 0, manual: false },
  { index: 2, header: '', field: 'units', confidence: 0.6, manual: false },
  { index: 3, header: '备注', field: null, confidence: 0, manual: false },
  { index: 4, header: '备注', field: null, confidence: 0, manual: false },
];
const sales = {
  kind: 'sales' as const,
  label: 'Sales',
  fields: [
    { key: 'sku', label: 'SKU', type: 'code' as const, required: true },
    { key: 'date', label: 'Date', type: 'date' as const, required: true },
    { key: 'units', label: 'Units', type: 'number' as const, required: true },
    { key: 'location', label: 'Location', type: 'code' as const, required: false },
  ],
};

describe('the wizard mapping table', () => {
  it('flags required fields without a column', () => {
    expect(missingFields(sales, choices)).toEqual(['date']);
    expect(missingFields(sales, assignField(choices, 1, 'date'))).toEqual([]);
  });

  it('moves a field to the column the user picked it for', () => {
    const moved = assignField(choices, 3, 'sku');
    expect(moved.map((c) => c.field)).toEqual([null, null, 'units', 'sku', null]);
    expect(moved[0]!.manual).toBe(true);
    expect(confidenceLevel(moved[3]!)).toBe('manual');
    expect(confidenceLevel(choices[0]!)).toBe('high');
    expect(confidenceLevel(choices[2]!)).toBe('medium');
  });

  it('names columns by header, by position when the header is blank or repeated, and keeps the formats', () => {
    const picked = assignField(assignField(choices, 1, 'date'), 4, 'location');
    expect(toMapping(picked, { columns: { old: 'x' }, defaultLocation: 'WH1', dateOrder: 'DMY' }, 'auto')).toEqual({
      columns: { sku: '商品编码', date: '日期', units: 2, location: 4 },
      defaultLocation: 'WH1',
    });
    expect(toMapping(picked, { columns: {} }, 'MDY').dateOrder).toBe('MDY');
  });
});
