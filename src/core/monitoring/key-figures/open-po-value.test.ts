import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
let figure: KeyFigure;

beforeAll(() => {
  ws = figuresTestWorkspace();
  figure = computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'openPoValue')!;
});
afterAll(() => ws.cleanup());

describe('open PO value', () => {
  it('is the balance still to come at cost on the lines open today', () => {
    // L3 50 × 8 and L5 30 × 5.
    expect(figure.value).toBe(550);
    expect(figure.note).toEqual({ kind: 'openLines', value: 2, unit: 'count' });
  });

  it('rebuilds past weeks from order and receipt dates, counting lines received since as open then', () => {
    // 04-14…04-28: L4; 05-05…05-19: L1; 05-26, 06-02: L1 + L2 + L3; 06-09, 06-16: L2 + L3; 06-23: L2 + L3 + L5; 06-30: L3 + L5.
    expect(figure.trend.map((p) => p.value)).toEqual([140, 140, 140, 1000, 1000, 1000, 2400, 2400, 1400, 1400, 1550, 550]);
    expect(figure.previous).toBe(2400);
    expect(figure.change).toBe(-1850);
    expect(figure.betterWhen).toBe('neither');
  });
});
