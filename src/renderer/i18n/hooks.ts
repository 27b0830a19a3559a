import type { Locale } from '../../shared/contract/schemas/app';
import { useAppStore } from '../store/app-store';
import { getFormatters, type Formatters } from './format';
import { resolveLocale } from './locale';
import { getTranslator, type Translate } from './translate';

export function useLocale(): Locale {
  const choice = useAppStore((state) => state.settings.locale);
  const appInfo = useAppStore((state) => state.appInfo);
  return resolveLocale(choice, appInfo);
}

/** The translator for the current language; its identity changes only with the language. */
export function useT(): Translate {
  return getTranslator(useLocale());
}

/** Number, money and date formatters for the current language (stable per language). */
export function useFormat(): Formatters {
  return getFormatters(useLocale());
}
