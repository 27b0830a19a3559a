import { describe, expect, it } from 'vitest';
import { getTranslator } from '../../i18n/translate';
import { methodLabel } from './method-label';

describe('method labels', () => {
  it('keeps the engine label in English and names the parts in Chinese', () => {
    const en = getTranslator('en');
    const zh = getTranslator('zh-CN');
    const combo = 'combination of SES, damped trend, Theta (seasonally adjusted)';
    expect(methodLabel(en, combo)).toBe(combo);
    expect(methodLabel(zh, combo)).toBe('组合：SES、阻尼趋势、Theta（季节调整后）');
    expect(methodLabel(zh, 'seasonal naive')).toBe('季节性朴素');
    expect(methodLabel(zh, 'ETS(A,Ad,N)')).toBe('ETS(A,Ad,N)');
    expect(methodLabel(zh, 'ADIDA(3) (seasonally adjusted)')).toBe('ADIDA(3)（季节调整后）');
    expect(methodLabel(zh, 'damped trend (seasonally adjusted) + global model')).toBe('阻尼趋势（季节调整后） + 全局模型');
  });
});
