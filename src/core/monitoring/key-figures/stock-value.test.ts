import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
let figure: KeyFigure;

beforeAll(() => {
  ws = figuresTestWorkspace();
  figure = computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'stockValue')!;
});
afterAll(() => ws.cleanup());

describe('stock value', () => {
  it('is today’s snapshots at cost, rolling an older snapshot forward with the sales since', () => {
    // SKU-1: 86 × 10; SKU-2: 40 on 06-02 − 28 sold since = 12, × 5.
    expect(figure.value).toBeCloseTo(920, 6);
    expect(figure.note).toEqual({ kind: 'stockUnits', value: 98, unit: 'count' });
    expect(figure.betterWhen).toBe('down');
  });

  it('rolls the single snapshot back with sales (added back) and receipts (taken off) for the past weeks', () => {
    // SKU-1 back from 86 on 06-30: 06-23 = 86 + 14 sold − 100 received = 0; 06-16 = 0 (out of stock since);
    // before that 14 a week more per week back. SKU-2 from 40 on 06-02: ± 7 a week.
    const sku1 = [126, 112, 98, 84, 70, 56, 42, 28, 14, 0, 0, 86];
    const sku2 = [89, 82, 75, 68, 61, 54, 47, 40, 33, 26, 19, 12];
    expect(figure.trend.map((p) => p.value)).toEqual(sku1.map((u, k) => u * 10 + (sku2[k] as number) * 5));
    expect(figure.trend[0]!.date).toBe('2026-04-14');
    expect(figure.trend[11]!.date).toBe('2026-06-30');
  });

  it('compares with four weeks earlier', () => {
    expect(figure.previous).toBeCloseTo(28 * 10 + 40 * 5, 6);
    expect(figure.change).toBeCloseTo(920 - 480, 6);
  });

  it('rolls receipts of an older snapshot forward after it and back before it', () => {
    const receipt = ws.workspace.db.prepare('INSERT INTO receipts (product_id, location_id, receipt_date, qty_received) VALUES (2, 1, ?, ?)');
    receipt.run('2026-05-20', 4); // before SKU-2's 06-02 snapshot: not yet there at the week ends up to 05-19
    receipt.run('2026-06-10', 10); // after it: there from the week ending 06-16 on
    const after = computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'stockValue')!;
    const shift = [-20, -20, -20, -20, -20, -20, 0, 0, 0, 50, 50, 50];
    expect(after.trend.map((p) => p.value)).toEqual(figure.trend.map((p, k) => (p.value as number) + (shift[k] as number)));
  });
});
