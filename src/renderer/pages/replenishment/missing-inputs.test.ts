import { describe, expect, it } from 'vitest';
import { getTranslator } from '../../i18n/translate';
import { missingInputLines } from './missing-inputs';

const summary = { skuLocations: 2513, linesToOrder: 0, units: 0, value: 0, noSnapshot: 2513, noSupplier: 2513, budget: null, cutLines: 0, cutValue: 0 };

describe('missingInputLines', () => {
  it('says per input how many SKUs lack it, and offers the imports that supply it', () => {
    const sales = missingInputLines({ ...summary, missingInputs: { stockAndTerms: 2513, stockOnly: 0, termsOnly: 0 } });
    expect(sales.lines.map((l) => [l.key, l.count])).toEqual([['stockAndTerms', 2513]]);
    expect(sales.imports).toEqual(['stock', 'terms']);
    expect(getTranslator('en')(sales.lines[0]!.message, { count: '2,513' })).toBe(
      '2,513 SKUs have no stock snapshot and no supplier terms: import stock on hand and supplier terms to plan them.',
    );
    const stocked = missingInputLines({ ...summary, noSnapshot: 0, missingInputs: { stockAndTerms: 0, stockOnly: 0, termsOnly: 40 } });
    expect([stocked.lines.map((l) => l.key), stocked.imports]).toEqual([['termsOnly'], ['terms']]);
  });

  it('has nothing to say when every SKU has its inputs, and reads older plans by their SKU-location counts', () => {
    expect(missingInputLines({ ...summary, noSnapshot: 0, noSupplier: 0, missingInputs: { stockAndTerms: 0, stockOnly: 0, termsOnly: 0 } })).toEqual({ lines: [], imports: [] });
    expect(missingInputLines({ ...summary, noSnapshot: 3, noSupplier: 0 }).lines.map((l) => [l.key, l.count])).toEqual([['stockOnly', 3]]);
  });
});
