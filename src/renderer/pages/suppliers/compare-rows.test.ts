import { describe, expect, it } from 'vitest';
import type { SupplierScorecardRow } from '../../../shared/contract/schemas/suppliers';
import { bestIndex, COMPARE_METRICS } from './compare-rows';

const card = (over: Partial<SupplierScorecardRow>) => ({ otif: null, rejectionRate: null, spend: 0, ...over }) as SupplierScorecardRow;
const metric = (key: string) => COMPARE_METRICS.find((m) => m.key === key)!;

describe('compare rows', () => {
  it('marks the best supplier by the direction that is better', () => {
    const cards = [card({ otif: 0.8, rejectionRate: 0.02 }), card({ otif: 0.9, rejectionRate: 0.05 }), card({ otif: 0.7, rejectionRate: 0.01 })];
    expect(bestIndex(metric('otif'), cards)).toBe(1);
    expect(bestIndex(metric('rejection'), cards)).toBe(2);
  });

  it('no winner for ties, missing data, or figures that are not better either way', () => {
    expect(bestIndex(metric('otif'), [card({ otif: 0.8 }), card({ otif: 0.8 })])).toBeNull();
    expect(bestIndex(metric('otif'), [card({ otif: 0.8 }), card({ otif: null })])).toBeNull();
    expect(bestIndex(metric('spend'), [card({ spend: 1 }), card({ spend: 2 })])).toBeNull();
  });
});
