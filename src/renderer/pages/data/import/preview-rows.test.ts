import { describe, expect, it } from 'vitest';
import type { ImportPreviewView } from '../../../../shared/contract/schemas/import';
import { previewRows, previewValue } from './preview-rows';

describe('the preview of rows as they will be stored', () => {
  it('shows a refused value as the file wrote it ("abc"), not as the 0 of the refused record', () => {
    const preview = {
      rows: [
        { row: 2, ok: true, values: { sku: 'A', units: 3 } },
        { row: 3, ok: false, values: { sku: 'B', units: 0 } },
      ],
      summary: {
        problems: {
          list: [{ file: 's.csv', row: 3, column: 'units', field: 'units', value: 'abc', message: 'Units sold: "abc" is not a number', severity: 'error', code: 'not_a_number' }],
        },
      },
    } as unknown as ImportPreviewView;
    const rows = previewRows(preview, (p) => p.message);
    expect(previewValue(rows[0], 'units')).toBe(3);
    expect(previewValue(rows[1], 'units')).toBe('abc');
    expect(rows[1]!.bad).toEqual({ units: 'abc' });
    expect(rows[1]!.problems).toBe('units: Units sold: "abc" is not a number');
    expect(previewValue(rows[1], 'sku')).toBe('B');
  });
});
