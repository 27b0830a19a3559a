import { describe, expect, it } from 'vitest';
import { openBalanceOn, openBalancesOn, type PoTimelineLine } from './po-timeline';

const line = (over: Partial<PoTimelineLine>): PoTimelineLine => ({ orderDay: 100, dueDay: 110, qty: 10, cost: 2, openNow: false, receipts: [], ...over });

describe('open PO balances at many days in one pass', () => {
  const lines: PoTimelineLine[] = [
    line({ openNow: true }), // ordered, nothing received yet
    line({ receipts: [{ day: 105, accepted: 4 }, { day: 120, accepted: 6 }] }), // partly, then fully received
    line({ orderDay: 112, dueDay: null, openNow: true, receipts: [{ day: 115, accepted: 3 }] }),
    line({ qty: 5, cost: 7, receipts: [{ day: 130, accepted: 2 }, { day: 108, accepted: 1 }] }), // receipts out of date order
    line({ dueDay: 90, openNow: true, receipts: [{ day: 95, accepted: 10 }] }), // nothing left to come
  ];
  const days = [99, 100, 105, 109, 111, 112, 115, 119, 120, 125, 130, 140];

  it('gives what a pass per day gives', () => {
    expect(openBalancesOn(lines, days)).toEqual(days.map((day) => openBalanceOn(lines, day)));
  });

  it('counts lines ordered by then with units still to come, overdue when due before the day', () => {
    const [at111] = openBalancesOn(lines.slice(0, 3), [111]);
    expect(at111).toEqual({ lines: 2, value: 10 * 2 + 6 * 2, overdueLines: 2, overdueValue: 10 * 2 + 6 * 2 });
    const [at115] = openBalancesOn(lines.slice(0, 3), [115]);
    expect(at115).toEqual({ lines: 3, value: 10 * 2 + 6 * 2 + 7 * 2, overdueLines: 2, overdueValue: 10 * 2 + 6 * 2 });
  });
});
