import { describe, expect, it } from 'vitest';
import { emptyFigure } from './figure';
import { markMissingInputs } from './missing-inputs';
import type { KeyFigure } from './types';

const withValue = (id: KeyFigure['id'], value: number | null): KeyFigure => ({
  ...emptyFigure(id, 'percent', 'up'),
  value,
  previous: value,
  change: value === null ? null : 0,
  trend: [{ date: '2011-03-31', value }],
  note: { kind: 'lostUnits', value: 0, unit: 'count' },
});
const all = { hasStock: true, hasPurchaseOrders: true, newestRunHistoryTo: '2011-03-31' };

describe('markMissingInputs', () => {
  it('blanks a 100% fill rate that no stock snapshot stands behind, and says stock is missing', () => {
    const marked = markMissingInputs(withValue('fillRate', 1), { ...all, hasStock: false });
    expect(marked).toMatchObject({ value: null, previous: null, change: null, note: null, trend: [{ date: '2011-03-31', value: null }], missing: { need: 'stock', after: null } });
    expect(markMissingInputs(withValue('fillRate', 1), all)).toMatchObject({ value: 1, missing: null });
  });

  it('blanks zero overdue lines when no purchase order was ever imported', () => {
    expect(markMissingInputs(withValue('overduePoLines', 0), { ...all, hasPurchaseOrders: false })).toMatchObject({ value: null, missing: { need: 'purchaseOrders' } });
  });

  it('says accuracy waits for sales after the run, or for a run', () => {
    expect(markMissingInputs(withValue('forecastAccuracy', null), all).missing).toEqual({ need: 'salesAfterRun', after: '2011-03-31' });
    expect(markMissingInputs(withValue('forecastAccuracy', null), { ...all, newestRunHistoryTo: null }).missing).toEqual({ need: 'forecastRun', after: null });
    expect(markMissingInputs(withValue('forecastAccuracy', 0.8), all).missing).toBeNull();
  });
});
