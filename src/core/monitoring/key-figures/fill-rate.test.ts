import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
let figure: KeyFigure;

beforeAll(() => {
  ws = figuresTestWorkspace();
  figure = computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'fillRate')!;
});
afterAll(() => ws.cleanup());

describe('fill rate', () => {
  it('estimates demand lost to stock-outs from days out × the in-stock daily rate', () => {
    // SKU-1 sold 196 units on its 98 in-stock days of the 105-day window: 2 a day, so week 10's 7 days out lost 14.
    expect(figure.note).toEqual({ kind: 'lostUnits', value: 14, unit: 'count' });
    // Weeks 8–11: 42 + 28 sold of 42 + 28 + 14 demanded.
    expect(figure.value).toBeCloseTo(70 / 84, 9);
  });

  it('compares with the four weeks before and pools four weeks at each trend point', () => {
    expect(figure.previous).toBe(1);
    expect(figure.change).toBeCloseTo(70 / 84 - 1, 9);
    expect(figure.trend.map((p) => p.value)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, expect.closeTo(70 / 84, 9), expect.closeTo(70 / 84, 9)]);
    expect(figure.betterWhen).toBe('up');
  });
});
