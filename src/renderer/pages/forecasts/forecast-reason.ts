import type { ForecastReason, ReasonProfile } from '../../../shared/contract/schemas/forecast-reason';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { periodsLabel } from './forecast-labels';
import { methodLabel } from './method-label';

function score(format: Formatters, value: number | null): string {
  return value === null ? '—' : format.number(Math.round(value * 100) / 100);
}

/** The demand pattern in words ("Sells in bursts"); the figures behind it are `reasonFigures`. */
function profileText(t: Translate, profile: ReasonProfile): string {
  const params = { pattern: t(`forecasts.pattern.${profile.class}`) };
  return profile.season !== null
    ? t('forecasts.reason.profileSeasonal', { ...params, m: profile.season })
    : t('forecasts.reason.profile', params);
}

/** The figures behind the pattern (ADI, CV²), for a hover: null when the reason has none. */
export function reasonFigures(t: Translate, format: Formatters, reason: ForecastReason): string | null {
  if (!('profile' in reason)) return null;
  const { adi, cv2 } = reason.profile;
  if (adi === null && cv2 === null) return null;
  return t('forecasts.reason.figures', { adi: score(format, adi), cv2: score(format, cv2) });
}

/** Why a series got its forecast, in the user's language. */
export function reasonLabel(t: Translate, format: Formatters, reason: ForecastReason): string {
  switch (reason.kind) {
    case 'noHistory':
      return t('forecasts.reason.noHistory');
    case 'noDemand':
      return t('forecasts.reason.noDemand', { profile: profileText(t, reason.profile) });
    case 'shortHistory':
      // The engine's periods are the run's buckets; the plain count reads right in both languages.
      return t('forecasts.reason.shortHistory', { profile: profileText(t, reason.profile), periods: String(reason.periods) });
    case 'untested':
      return t(`forecasts.reason.untested.${reason.method}`, { profile: profileText(t, reason.profile) });
    case 'backtest': {
      const params = {
        profile: profileText(t, reason.profile),
        method: methodLabel(t, reason.method),
        origins: reason.origins,
        horizon: reason.horizon,
        metric: reason.metric,
        score: score(format, reason.score),
      };
      return reason.reference
        ? t('forecasts.reason.backtestVs', { ...params, reference: methodLabel(t, reason.reference.method), referenceScore: score(format, reason.reference.score) })
        : t('forecasts.reason.backtest', params);
    }
    case 'analogues': {
      const curves =
        reason.launchCurves > 0 ? t('forecasts.reason.curves.some', { count: reason.launchCurves }) : t('forecasts.reason.curves.none');
      const basis =
        reason.basis === 'firstSales'
          ? t('forecasts.reason.basis.firstSales', { periods: periodsLabel(t, reason.frequency, reason.observed) })
          : t(`forecasts.reason.basis.${reason.basis}`);
      const params = { count: reason.analogues, curves, basis };
      return reason.launchIn > 0
        ? t('forecasts.reason.analoguesLaunch', { ...params, launchIn: periodsLabel(t, reason.frequency, reason.launchIn) })
        : t('forecasts.reason.analogues', params);
    }
    case 'noAnalogues':
      return t(`forecasts.reason.noAnalogues.${reason.fallback}`);
    case 'text':
      return reason.text;
  }
}

/**
 * The engine names why an analogue is alike in fixed English phrases (stored with each run);
 * these are their words in the user's language. An unknown phrase is shown as stored.
 */
export function analogueReasonLabel(t: Translate, raw: string): string {
  if (raw === 'same SKU, other location') return t('forecasts.analogue.sameSku');
  if (raw === 'category') return t('forecasts.analogue.category');
  if (raw === 'brand') return t('forecasts.analogue.brand');
  if (raw === 'launched in the same season') return t('forecasts.analogue.season');
  const price = /^price ([+−]\d+%)$/.exec(raw);
  if (price) return t('forecasts.analogue.price', { gap: price[1]! });
  const shared = /^(\d+) shared attributes?$/.exec(raw);
  if (shared) return t('forecasts.analogue.attributes', { count: Number(shared[1]) });
  return raw;
}
