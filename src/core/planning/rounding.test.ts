import { describe, expect, it } from 'vitest';
import { packsDown, packsUp, roundToTerms, type OrderTerms } from './rounding';

const terms = (moq: number, orderMultiple: number, maxOrderQty: number | null = null): OrderTerms => ({ moq, orderMultiple, maxOrderQty });

describe('roundToTerms: the documented rule', () => {
  it('orders nothing for no need, a negative need or float dust', () => {
    expect(roundToTerms(0, terms(60, 20)).quantity).toBe(0);
    expect(roundToTerms(-5, terms(60, 20)).quantity).toBe(0);
    expect(roundToTerms(-5, terms(60, 20)).explanation).toBe('');
    expect(roundToTerms(1e-12, terms(60, 20)).quantity).toBe(0);
    expect(roundToTerms(Number.NaN, terms(1, 1)).quantity).toBe(0);
  });

  it('rounds up to the case pack and says so', () => {
    const r = roundToTerms(183, terms(0, 50));
    expect(r.quantity).toBe(200);
    expect(r.steps).toEqual(['case_pack']);
    expect(r.explanation).toBe('183 → 200: case pack 50');
  });

  it('leaves an exact multiple alone', () => {
    const r = roundToTerms(200, terms(0, 50));
    expect(r).toMatchObject({ quantity: 200, steps: [], explanation: '' });
  });

  it('rounds one unit over a pack to the next pack, and one under to the pack', () => {
    expect(roundToTerms(201, terms(0, 50)).quantity).toBe(250);
    expect(roundToTerms(199, terms(0, 50)).quantity).toBe(200);
    expect(roundToTerms(0.5, terms(0, 1)).quantity).toBe(1);
  });

  it('raises to the MOQ below it, keeps the MOQ at it, ignores it above it', () => {
    expect(roundToTerms(30, terms(60, 20))).toMatchObject({ quantity: 60, steps: ['case_pack', 'moq'], explanation: '30 → 40: case pack 20; 40 → 60: MOQ 60' });
    expect(roundToTerms(60, terms(60, 20))).toMatchObject({ quantity: 60, steps: [] });
    expect(roundToTerms(59, terms(60, 20))).toMatchObject({ quantity: 60, steps: ['case_pack'] });
    expect(roundToTerms(61, terms(60, 20))).toMatchObject({ quantity: 80, steps: ['case_pack'] });
    expect(roundToTerms(40, terms(60, 1))).toMatchObject({ quantity: 60, steps: ['moq'], explanation: '40 → 60: MOQ 60' });
  });

  it('rounds an MOQ that is not a whole pack up to whole packs', () => {
    const r = roundToTerms(10, terms(55, 20));
    expect(r.quantity).toBe(60);
    expect(r.explanation).toBe('10 → 20: case pack 20; 20 → 60: MOQ 55 in packs of 20');
  });

  it('treats MOQ 0 and 1 as no minimum', () => {
    expect(roundToTerms(3, terms(0, 1)).quantity).toBe(3);
    expect(roundToTerms(3, terms(1, 1)).quantity).toBe(3);
  });

  it('caps at the maximum in whole packs and flags the shortfall', () => {
    const r = roundToTerms(1183, terms(0, 50, 1000));
    expect(r).toMatchObject({ quantity: 1000, steps: ['case_pack', 'max'], capped: true, conflict: false });
    expect(r.explanation).toBe('1,183 → 1,200: case pack 50; 1,200 → 1,000: max 1,000');
    const notWhole = roundToTerms(1183, terms(0, 300, 1000));
    expect(notWhole.quantity).toBe(900);
    expect(notWhole.explanation).toContain('max 1,000 in packs of 300');
  });

  it('does not cap at exactly the maximum, and is not "capped" when rounding alone passed it', () => {
    expect(roundToTerms(1000, terms(0, 50, 1000))).toMatchObject({ quantity: 1000, capped: false, steps: [] });
    const r = roundToTerms(990, terms(0, 50, 995));
    expect(r).toMatchObject({ quantity: 950, capped: true });
    const fits = roundToTerms(960, terms(0, 50, 1000));
    expect(fits).toMatchObject({ quantity: 1000, capped: false });
  });

  it('orders nothing when not one pack fits under the maximum', () => {
    const r = roundToTerms(10, terms(0, 50, 40));
    expect(r).toMatchObject({ quantity: 0, capped: true });
  });

  it('flags an MOQ above the maximum as a conflict and keeps the maximum', () => {
    const r = roundToTerms(10, terms(120, 10, 100));
    expect(r).toMatchObject({ quantity: 100, conflict: true, steps: ['moq', 'max'] });
  });

  it('handles fractional packs without float noise', () => {
    expect(roundToTerms(0.25, terms(0, 0.1)).quantity).toBe(0.3);
    expect(roundToTerms(0.3, terms(0, 0.1))).toMatchObject({ quantity: 0.3, steps: [] });
    expect(roundToTerms(2.5, terms(0, 0.5)).quantity).toBe(2.5);
  });

  it('falls back to a pack of 1 for a non-positive multiple', () => {
    expect(roundToTerms(2.2, terms(0, 0)).quantity).toBe(3);
  });

  it('never returns less than the need unless capped, and always whole packs', () => {
    for (let need = 1; need <= 400; need += 7) {
      for (const pack of [1, 6, 12, 25]) {
        for (const moq of [0, 24, 100]) {
          const r = roundToTerms(need, terms(moq, pack, 300));
          expect(Number.isInteger(r.quantity / pack)).toBe(true);
          if (!r.capped) expect(r.quantity).toBeGreaterThanOrEqual(need);
          expect(r.quantity).toBeLessThanOrEqual(300);
          if (!r.capped && r.quantity > 0) expect(r.quantity - pack).toBeLessThan(Math.max(need, packsUp(moq, pack)));
        }
      }
    }
  });
});

describe('packsUp / packsDown', () => {
  it('rounds to whole packs', () => {
    expect(packsUp(1, 12)).toBe(12);
    expect(packsUp(12, 12)).toBe(12);
    expect(packsDown(23, 12)).toBe(12);
    expect(packsDown(11, 12)).toBe(0);
    expect(packsDown(0.3, 0.1)).toBe(0.3);
  });

  it('gives each step as data too, for a translated text', () => {
    const r = roundToTerms(183, { moq: 320, orderMultiple: 50, maxOrderQty: 330 });
    expect(r.parts).toEqual([
      { step: 'case_pack', from: 183, to: 200, term: 50, pack: null },
      { step: 'moq', from: 200, to: 350, term: 320, pack: 50 },
      { step: 'max', from: 350, to: 300, term: 330, pack: 50 },
    ]);
    expect(roundToTerms(200, { moq: 0, orderMultiple: 50, maxOrderQty: null }).parts).toEqual([]);
  });
});
