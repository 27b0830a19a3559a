import { describe, expect, it } from 'vitest';
import { day, inputsWith, PRODUCT, seriesWith, tinyWorkspace, TODAY_DAY } from '../../../../../test/fixtures/alerts-workspace';
import { detectPoConfirmedLate } from './po-confirmed-late';
import { detectPoOverdue, OVERDUE_WAIT_DAYS } from './po-overdue';
import { readOpenLines, type OpenLine } from './purchase-orders';

const margin = PRODUCT.price! - PRODUCT.unitCost;
const line = (over: Partial<OpenLine>): OpenLine => ({
  poNumber: 'PO-1', supplierId: 1, productId: 1, locationId: 1, dueDay: TODAY_DAY, confirmedDay: null, balance: 100, unitCost: 10, ...over,
});

describe('PO overdue', () => {
  // 2 a day, 4 on hand (two days), the late PO counted as arriving today.
  const arrivals = [{ date: day(0), quantity: 100, poNumber: 'PO-1', overdue: true }];
  const inputs = inputsWith([seriesWith(2, { onHand: 4, onOrder: 100, arrivals })]);

  it('fires a day after the expected date, money = margin of the units short if it stays away another week', () => {
    const [alert] = detectPoOverdue(inputs, [line({ dueDay: TODAY_DAY - 1 })]);
    expect(alert).toMatchObject({ kind: 'poOverdue', key: 'poOverdue:PO-1', entity: { poNumber: 'PO-1', supplierCode: 'SUP-1' } });
    expect(alert!.facts).toMatchObject({ daysLate: 1, lines: 1, unitsLate: 100 });
    // Arriving in 7 days instead of today: days 3–6 go without, 4 × 2 units.
    expect(OVERDUE_WAIT_DAYS).toBe(7);
    expect(alert!.facts.coveredUnits).toBe(8);
    expect(alert!.money).toBeCloseTo(8 * margin, 6);
  });

  it('costs nothing when the stock bridges the wait', () => {
    const plenty = inputsWith([seriesWith(2, { onHand: 50, onOrder: 100, arrivals })]);
    expect(detectPoOverdue(plenty, [line({ dueDay: TODAY_DAY - 3 })])[0]!.money).toBe(0);
  });

  it('is quiet on the expected date, and a confirmed later date moves the expected date', () => {
    expect(detectPoOverdue(inputs, [line({ dueDay: TODAY_DAY })])).toEqual([]);
    expect(detectPoOverdue(inputs, [line({ dueDay: TODAY_DAY - 5, confirmedDay: TODAY_DAY + 3 })])).toEqual([]);
  });

  it('groups the late lines of one PO into one alert, units short capped by the units to come', () => {
    const alerts = detectPoOverdue(inputs, [line({ dueDay: TODAY_DAY - 30, balance: 3 }), line({ dueDay: TODAY_DAY - 2, balance: 3 })]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.facts).toMatchObject({ lines: 2, daysLate: 30, unitsLate: 6, coveredUnits: 6 });
    expect(alerts[0]!.money).toBeCloseTo(6 * margin, 6);
  });
});

describe('PO confirmed late', () => {
  // 2 a day, 8 on hand: the stock lasts four days; the PO comes on day 6 as confirmed, not day 5 as promised.
  const arrivals = [{ date: day(6), quantity: 100, poNumber: 'PO-1', overdue: false }];
  const inputs = inputsWith([seriesWith(2, { onHand: 8, onOrder: 100, arrivals })]);

  it('fires when confirmed a day after the promise, money = margin of the units the delay leaves short', () => {
    const [alert] = detectPoConfirmedLate(inputs, [line({ dueDay: TODAY_DAY + 5, confirmedDay: TODAY_DAY + 6 })]);
    expect(alert).toMatchObject({ kind: 'poConfirmedLate', key: 'poConfirmedLate:PO-1' });
    expect(alert!.facts).toMatchObject({ daysLate: 1, promisedDate: day(5), confirmedDate: day(6), coveredUnits: 2 });
    expect(alert!.money).toBeCloseTo(2 * margin, 6);
    // With stock for a week the same delay costs nothing.
    const bridged = inputsWith([seriesWith(2, { onHand: 14, onOrder: 100, arrivals })]);
    expect(detectPoConfirmedLate(bridged, [line({ dueDay: TODAY_DAY + 5, confirmedDay: TODAY_DAY + 6 })])[0]!.money).toBe(0);
  });

  it('is quiet when confirmed on the promised date', () => {
    expect(detectPoConfirmedLate(inputs, [line({ dueDay: TODAY_DAY + 5, confirmedDay: TODAY_DAY + 5 })])).toEqual([]);
  });
});

describe('open PO lines', () => {
  it('reads due dates (line, PO, else order date + lead time) and the balance after receipts', () => {
    const tiny = tinyWorkspace();
    const db = tiny.ws.db;
    db.exec(`
      INSERT INTO purchase_orders (id, po_number, supplier_id, location_id, order_date, promised_date) VALUES (1, 'PO-A', 1, 1, '${day(-20)}', NULL);
      INSERT INTO po_lines (id, po_id, line_no, product_id, qty_ordered, promised_date) VALUES (1, 1, 1, 1, 30, NULL), (2, 1, 2, 1, 10, '${day(-3)}');
      INSERT INTO receipts (po_line_id, product_id, location_id, receipt_date, qty_received) VALUES (1, 1, 1, '${day(-1)}', 12);
    `);
    const lines = readOpenLines(db, inputsWith([]));
    expect(lines.map((l) => [l.dueDay! - TODAY_DAY, l.balance])).toEqual([[-10, 18], [-3, 10]]);
    tiny.remove();
  });
});
