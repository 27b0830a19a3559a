import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
let figure: KeyFigure;

beforeAll(() => {
  ws = figuresTestWorkspace();
  figure = computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'weeksOfCover')!;
});
afterAll(() => ws.cleanup());

describe('weeks of cover', () => {
  it('divides stock at cost by the last four weeks’ average demand at cost, lost sales included', () => {
    // Weeks 8–11: SKU-1 42 sold + 14 lost (7 days out × 2 a day) = 56 × 10; SKU-2 28 × 5 → 700 / 4 = 175 a week.
    expect(figure.value).toBeCloseTo(920 / 175, 9);
    // Four weeks earlier: stock 480, the same 175 a week (nothing lost then).
    expect(figure.previous).toBeCloseTo(480 / 175, 9);
    expect(figure.betterWhen).toBe('neither');
  });

  it('has a point for each of the 12 weeks', () => {
    const stock = [1705, 1530, 1355, 1180, 1005, 830, 655, 480, 305, 130, 95, 920];
    expect(figure.trend.map((p) => p.value)).toEqual(stock.map((v) => expect.closeTo(v / 175, 9)));
  });
});
