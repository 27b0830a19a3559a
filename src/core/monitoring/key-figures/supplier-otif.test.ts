import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScorecardSettings } from '../../suppliers/settings';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace, type FiguresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import type { KeyFigure } from './types';

let ws: FiguresTestWorkspace;
const otif = (): KeyFigure => computeKeyFigures(ws.workspace.db).figures.find((f) => f.id === 'supplierOtif')!;

beforeAll(() => {
  ws = figuresTestWorkspace();
});
afterAll(() => ws.cleanup());

describe('suppliers’ OTIF', () => {
  it('is the share of lines due in the last four weeks delivered on time and in full, judged like the scorecards', () => {
    const figure = otif();
    // Due in weeks 8–11: L1 on time in full, L2 four days late, L3 not delivered (overdue).
    expect(figure.value).toBeCloseTo(1 / 3, 9);
    expect(figure.note).toEqual({ kind: 'judgedLines', value: 3, unit: 'count' });
    // Nothing was due in weeks 4–7: no previous value, no change.
    expect(figure.previous).toBeNull();
    expect(figure.change).toBeNull();
    // L4 (due 05-01, week 3) is in the rolling windows ending in weeks 3–6.
    expect(figure.trend.map((p) => p.value)).toEqual([null, null, null, 1, 1, 1, 1, null, 1, 0.5, expect.closeTo(1 / 3, 9), expect.closeTo(1 / 3, 9)]);
  });

  it('follows the scorecards’ on-time tolerance', () => {
    saveScorecardSettings(ws.workspace.db, { toleranceDays: 4 });
    // L2, four days late, is now on time.
    expect(otif().value).toBeCloseTo(2 / 3, 9);
  });
});
