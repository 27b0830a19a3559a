import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import type { Workspace } from '../db/workspace';
import { readLeadTimeFacts } from './lead-times-facts';

let demo: ReturnType<typeof planningDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = planningDemo(60, false);
  ws = demo.open();
});
afterAll(() => {
  ws.close();
  demo.remove();
});

describe('readLeadTimeFacts', () => {
  it('reads the same facts whatever the ranges of ids it reads the purchases in', () => {
    const whole = readLeadTimeFacts(ws.db);
    expect(whole.lines).toBeGreaterThan(100);
    expect(whole.receiptDay.length).toBeGreaterThan(100);
    // Ranges of 7 ids: orders, lines and receipts each cross many range ends.
    expect(readLeadTimeFacts(ws.db, 7)).toStrictEqual(whole);
  });

  it('keeps the lines in supplier-SKU order and each line its receipts', () => {
    const facts = readLeadTimeFacts(ws.db, 7);
    for (let i = 1; i < facts.lines; i++) {
      const before = facts.supplierId[i - 1]! * 2 ** 32 + facts.productId[i - 1]!;
      expect(facts.supplierId[i]! * 2 ** 32 + facts.productId[i]!).toBeGreaterThanOrEqual(before);
    }
    expect(facts.receiptEnd[facts.lines - 1]).toBe(facts.receiptDay.length);
  });
});
