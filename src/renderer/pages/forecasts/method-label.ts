import type { MessageKey, Translate } from '../../i18n/translate';

const ADJUSTED = ' (seasonally adjusted)';
const WITH_GLOBAL = ' + global model';
const COMBINATION = 'combination of ';

/** Engine words with a name in the user's language; SES, Theta, ETS(…), Croston, SBA, TSB, ADIDA are names everywhere. */
const WORDS: Record<string, MessageKey> = {
  naive: 'forecasts.method.naive',
  'seasonal naive': 'forecasts.method.seasonalNaive',
  'damped trend': 'forecasts.method.dampedTrend',
  mean: 'forecasts.method.mean',
  'moving average': 'forecasts.method.movingAverage',
  zero: 'forecasts.method.zero',
  analogues: 'forecasts.method.analogues',
};

/**
 * A method as the engine labels it ("combination of SES, damped trend, Theta (seasonally adjusted)")
 * in the user's language. Anything unknown is shown as it is.
 */
export function methodLabel(t: Translate, raw: string): string {
  if (raw.endsWith(WITH_GLOBAL)) return t('forecasts.method.withGlobal', { method: methodLabel(t, raw.slice(0, -WITH_GLOBAL.length)) });
  const adjusted = raw.endsWith(ADJUSTED);
  const base = adjusted ? raw.slice(0, -ADJUSTED.length) : raw;
  const word = (part: string) => (WORDS[part] ? t(WORDS[part]) : part);
  const label = base.startsWith(COMBINATION)
    ? t('forecasts.method.combination', { parts: base.slice(COMBINATION.length).split(', ').map(word).join(t('forecasts.detail.listSeparator')) })
    : word(base);
  return adjusted ? t('forecasts.method.adjusted', { method: label }) : label;
}
