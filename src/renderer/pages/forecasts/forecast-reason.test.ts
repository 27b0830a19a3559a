import { describe, expect, it } from 'vitest';
import type { ForecastReason } from '../../../shared/contract/schemas/forecast-reason';
import { getFormatters } from '../../i18n/format';
import { getTranslator } from '../../i18n/translate';
import { analogueReasonLabel, reasonFigures, reasonLabel } from './forecast-reason';

const profile = { class: 'intermittent', adi: 1.62, cv2: 0.31, season: 52 } as const;
const reasons: ForecastReason[] = [
  { kind: 'noHistory' },
  { kind: 'noDemand', profile: { ...profile, class: 'zero', season: null } },
  { kind: 'shortHistory', profile: { ...profile, class: 'new', season: null }, periods: 3 },
  { kind: 'untested', profile, method: 'intermittentCombo' },
  { kind: 'backtest', profile, method: 'SBA', origins: 2, horizon: 13, metric: 'RMSSE', score: 0.71, reference: { method: 'Croston', score: 0.83 } },
  { kind: 'backtest', profile, method: 'SES', origins: 2, horizon: 13, metric: 'MASE', score: null, reference: null },
  { kind: 'analogues', analogues: 3, launchCurves: 1, basis: 'firstSales', observed: 2, launchIn: 0, frequency: 'week' },
  { kind: 'analogues', analogues: 2, launchCurves: 0, basis: 'launchPlan', observed: 0, launchIn: 4, frequency: 'month' },
  { kind: 'noAnalogues', fallback: 'zero' },
];

describe('forecast reasons in the user language', () => {
  it('fills every placeholder in both languages, and zh-CN reads as Chinese', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = getTranslator(locale);
      const format = getFormatters(locale);
      for (const reason of reasons) {
        const text = reasonLabel(t, format, reason);
        expect(text, `${locale} ${reason.kind}`).not.toMatch(/[{}]/);
        if (locale === 'zh-CN' && reason.kind !== 'noHistory') expect(text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('says what won the backtest against what', () => {
    const text = reasonLabel(getTranslator('en'), getFormatters('en'), reasons[4]!);
    expect(text).toBe('Sells in bursts, seasonal with a 52-period cycle: SBA won the backtest (2 origins × 13 periods) with RMSSE 0.71, against Croston 0.83.');
    // No jargon in the sentence: the figures are on hover, in words too.
    expect(text).not.toMatch(/ADI|CV²/);
    expect(reasonFigures(getTranslator('en'), getFormatters('en'), reasons[4]!)).toBe('A sale on average every 1.62 periods (ADI 1.62); sizes of sales vary with CV² 0.31');
    expect(reasonLabel(getTranslator('zh-CN'), getFormatters('zh-CN'), reasons[3]!)).toMatch(/^间歇性销售，有季节性/);
    expect(reasonFigures(getTranslator('zh-CN'), getFormatters('zh-CN'), reasons[0]!)).toBeNull();
    const zh = reasonLabel(getTranslator('zh-CN'), getFormatters('zh-CN'), reasons[6]!);
    expect(zh).toBe('新品，参照 3 个相似 SKU（其中 1 条为同季上市曲线），按其前 2 周的销量缩放。');
  });

  it('translates the analogue phrases the engine stores and keeps unknown ones', () => {
    const t = getTranslator('zh-CN');
    expect(['category', 'price −12%', '2 shared attributes', 'launched in the same season'].map((raw) => analogueReasonLabel(t, raw))).toEqual([
      '同品类',
      '价格 −12%',
      '2 项相同属性',
      '同季上市',
    ]);
    expect(analogueReasonLabel(t, 'something new')).toBe('something new');
  });
});
