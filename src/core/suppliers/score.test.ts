import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../ground/errors/app-error';
import { gradeOf, shrink } from './score';
import { supplierScorecards } from './scorecards';
import { DEFAULT_SCORECARD_SETTINGS, readScorecardSettings, saveScorecardSettings } from './settings';
import { supplierTestWorkspace, TinyHistory } from '../../../test/fixtures/suppliers-workspace';

const AS_OF = '2026-06-30';
let env: ReturnType<typeof supplierTestWorkspace>;

beforeAll(() => {
  env = supplierTestWorkspace();
  const h = new TinyHistory(env.workspace.db);
  h.supplier(1, 'Established').supplier(2, 'Newcomer').supplier(3, 'Improving').supplier(4, 'Silent');
  h.product(1).product(2).product(3).product(4);
  h.terms(1, 1, 10, 10).terms(2, 2, 10, 10).terms(3, 3, 10, 10).terms(4, 4, 10, 10);
  // Established: 30 on time, then 10 three days late; Newcomer: 2 on time.
  h.deliveries(1, 1, 30, '2025-08-01');
  h.deliveries(1, 1, 10, '2026-02-01', 3);
  h.deliveries(2, 2, 2, '2026-05-01');
  // Improving: late in the previous 90 days, on time in the last 90.
  h.deliveries(3, 3, 8, '2026-01-05', 5);
  h.deliveries(3, 3, 8, '2026-04-05');
});
afterAll(() => env.cleanup());

const report = () => supplierScorecards(env.workspace.db, { asOf: AS_OF });
const byId = (id: number) => report().suppliers.find((s) => s.id === id)!;

describe('supplier score', () => {
  it('does not call two on-time deliveries 100: it is shrunk toward the category', () => {
    const newcomer = byId(2);
    expect(newcomer.metrics.otif).toBe(1);
    expect(newcomer.score.rawScore).toBe(100);
    expect(newcomer.score.score).toBeLessThan(100);
    expect(newcomer.score.lowData).toBe(true);
    expect(newcomer.score.evidence).toBe(2);
    // Category (everyone here) pooled OTIF: (30 + 2 + 8) on time of 58 lines, shrunk toward itself.
    const otif = newcomer.score.components.find((c) => c.key === 'otif')!;
    expect(otif.prior).toBeCloseTo(40 / 58, 12);
    expect(otif.shrunk).toBeCloseTo((2 * 1 + 10 * (40 / 58)) / 12, 12);
  });

  it('ranks a long good record above a short perfect one only when the record earns it', () => {
    const established = byId(1);
    expect(established.score.lowData).toBe(false);
    expect(established.metrics.otif).toBeCloseTo(30 / 40, 12);
    expect(established.score.score).not.toBeNull();
  });

  it('follows the weights: all weight on OTIF makes the score 100 × shrunk OTIF', () => {
    const onlyOtif = supplierScorecards(env.workspace.db, {
      asOf: AS_OF,
      settings: { weights: { otif: 1, fillRate: 0, leadTime: 0, quality: 0 } },
    }).suppliers.find((s) => s.id === 1)!;
    const shrunk = onlyOtif.score.components.find((c) => c.key === 'otif')!.shrunk!;
    expect(onlyOtif.score.score).toBeCloseTo(Math.round(1000 * shrunk) / 10, 9);
    expect(onlyOtif.score.score).not.toBe(byId(1).score.score);
  });

  it('stores weights in the workspace and rejects impossible ones', () => {
    const db = env.workspace.db;
    expect(readScorecardSettings(db)).toEqual(DEFAULT_SCORECARD_SETTINGS);
    const before = byId(1).score.score;
    saveScorecardSettings(db, { weights: { otif: 0, fillRate: 0, leadTime: 0, quality: 1 } });
    expect(readScorecardSettings(db).weights.quality).toBe(1);
    expect(byId(1).score.score).not.toBe(before);
    expect(() => saveScorecardSettings(db, { weights: { otif: 0, fillRate: 0, leadTime: 0, quality: 0 } })).toThrow(AppError);
    expect(() => saveScorecardSettings(db, { toleranceDays: -1 })).toThrow(/toleranceDays/);
    saveScorecardSettings(db, DEFAULT_SCORECARD_SETTINGS);
    expect(byId(1).score.score).toBe(before);
  });

  it('shows the trend of the last 90 days against the 90 before', () => {
    const improving = byId(3);
    expect(improving.trend.direction).toBe('up');
    expect(improving.trend.delta).toBeGreaterThan(0);
    expect(improving.trend.current).toBeGreaterThan(improving.trend.previous!);
  });

  it('gives no score or grade to a supplier with nothing to judge', () => {
    const silent = byId(4);
    expect(silent.score.score).toBeNull();
    expect(silent.score.grade).toBeNull();
    expect(report().suppliers.at(-1)!.id).toBe(4);
  });

  it('grades on fixed floors and shrinks like a beta posterior', () => {
    expect([gradeOf(90), gradeOf(89.9), gradeOf(80), gradeOf(70), gradeOf(60), gradeOf(59.9)]).toEqual(['A', 'B', 'B', 'C', 'D', 'E']);
    expect(shrink(1, 2, 0.8, 10)).toBeCloseTo(10 / 12, 12);
    expect(shrink(null, 0, 0.8, 10)).toBe(0.8);
    expect(shrink(0.5, 4, null, 10)).toBe(0.5);
  });
});
