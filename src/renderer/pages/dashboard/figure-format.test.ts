import { describe, expect, it } from 'vitest';
import type { KeyFigure } from '../../../shared/contract/schemas/dashboard';
import { getFormatters } from '../../i18n/format';
import { getTranslator } from '../../i18n/translate';
import { changeTone, formatChange, formatFigureValue, noteText } from './figure-format';

const figure = (over: Partial<KeyFigure>): KeyFigure => ({
  id: 'fillRate',
  unit: 'percent',
  value: 0.9,
  previous: 0.95,
  change: -0.05,
  betterWhen: 'up',
  trend: [],
  note: null,
  basis: null,
  missing: null,
  definitionKey: 'dashboard.definition.fillRate',
  ...over,
});

describe('key figure formatting', () => {
  const en = { t: getTranslator('en'), f: getFormatters('en') };
  const zh = { t: getTranslator('zh-CN'), f: getFormatters('zh-CN') };

  it('writes each unit the way planners read it, in both languages', () => {
    expect(formatFigureValue(en.t, en.f, 'percent', 0.9666)).toBe('96.7%');
    expect(formatFigureValue(en.t, en.f, 'weeks', 16.77)).toBe('16.8 wk');
    expect(formatFigureValue(zh.t, zh.f, 'weeks', 16.77)).toBe('16.8 周');
    expect(formatFigureValue(zh.t, zh.f, 'money', 4477208.76)).toBe('¥4,477,209');
    expect(formatFigureValue(en.t, en.f, 'count', 63)).toBe('63');
    expect(formatFigureValue(en.t, en.f, 'money', null)).toBe('—');
  });

  it('gives changes of rates in percentage points', () => {
    expect(formatChange(en.t, en.f, figure({}))).toBe('5 pts');
    expect(formatChange(zh.t, zh.f, figure({}))).toBe('5 个百分点');
    expect(formatChange(en.t, en.f, figure({ unit: 'count', change: 27 }))).toBe('27');
  });

  it('colours a change by whether it moved the good way', () => {
    expect(changeTone(figure({}))).toBe('bad');
    expect(changeTone(figure({ change: 0.02 }))).toBe('good');
    expect(changeTone(figure({ betterWhen: 'down', change: -3 }))).toBe('good');
    expect(changeTone(figure({ betterWhen: 'neither', change: 3 }))).toBe('neutral');
    expect(changeTone(figure({ change: 0 }))).toBe('neutral');
    expect(changeTone(figure({ change: null }))).toBe('neutral');
  });

  it('writes the note under the value', () => {
    expect(noteText(en.t, en.f, { kind: 'mase', value: 0.8765, unit: 'count' })).toBe('MASE 0.88');
    expect(noteText(zh.t, zh.f, { kind: 'overdueValue', value: 212091.24, unit: 'money' })).toBe('待到货 ¥212,091');
    expect(noteText(en.t, en.f, { kind: 'lostUnits', value: null, unit: 'count' })).toBeNull();
  });
});
