import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
let figure: KeyFigure;

beforeAll(() => {
  ws = figuresTestWorkspace();
  figure = computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'overduePoLines')!;
});
afterAll(() => ws.cleanup());

describe('overdue PO lines', () => {
  it('counts open lines past their due date, with the value still to come on them', () => {
    // L3, due 06-12, 50 × 8 still to come.
    expect(figure.value).toBe(1);
    expect(figure.note).toEqual({ kind: 'overdueValue', value: 400, unit: 'money' });
  });

  it('has a weekly trend: L3 overdue from 06-16, L2 overdue on 06-23 until it arrived on 06-24', () => {
    expect(figure.trend.map((p) => p.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
    expect(figure.previous).toBe(0);
    expect(figure.change).toBe(1);
    expect(figure.betterWhen).toBe('down');
  });
});
