import { describe, expect, it } from 'vitest';
import { parseStoredReason, reasonText, type ForecastReason } from './reason';

describe('forecast reasons', () => {
  it('round-trips through the stored column, and reads runs stored as sentences', () => {
    const reason: ForecastReason = {
      kind: 'backtest',
      profile: { class: 'smooth', adi: 1, cv2: 0.12, season: null },
      method: 'ETS(A,Ad,N)',
      origins: 2,
      horizon: 13,
      metric: 'MASE',
      score: 0.8,
      reference: { method: 'naive', score: null },
    };
    expect(parseStoredReason(JSON.stringify(reason))).toEqual(reason);
    expect(reasonText(reason)).toBe('sells steadily (ADI 1.00, CV² 0.12): ETS(A,Ad,N) won the backtest (2 origins × 13 steps), MASE 0.80 vs naive n/a');
    expect(parseStoredReason('lumpy (ADI 2.10, CV² 0.90): SBA won')).toEqual({ kind: 'text', text: 'lumpy (ADI 2.10, CV² 0.90): SBA won' });
    expect(parseStoredReason('{not json')).toEqual({ kind: 'text', text: '{not json' });
  });

  it('says the demand pattern in words before the ADI and CV² figures', () => {
    const profile = { adi: 1.18, cv2: 0.66, season: null };
    const words = (cls: 'smooth' | 'erratic' | 'intermittent' | 'lumpy') =>
      reasonText({ kind: 'shortHistory', profile: { class: cls, ...profile }, periods: 5 });
    expect(words('intermittent')).toBe('sells in bursts (ADI 1.18, CV² 0.66): only 5 periods of history, forecast their mean');
    expect(words('lumpy')).toMatch(/^sells now and then, in very different amounts \(ADI/);
    expect(words('erratic')).toMatch(/^sells regularly, in very different amounts \(ADI/);
    expect(words('smooth')).toMatch(/^sells steadily \(ADI/);
  });

  it('words a cold start the way planners read it', () => {
    expect(reasonText({ kind: 'analogues', analogues: 1, launchCurves: 0, basis: 'firstSales', observed: 1, launchIn: 0, frequency: 'week' })).toBe(
      'new item: 1 analogue (no same-season launch curve), scaled to its first 1 week of sales',
    );
    expect(reasonText({ kind: 'noAnalogues', fallback: 'launchPlan' })).toBe('new item: no analogous SKU found, forecast its launch plan');
  });
});
