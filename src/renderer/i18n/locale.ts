import type { AppInfo, Locale, Settings } from '../../shared/contract/schemas/app';

/** zh* → Chinese, anything else → English. */
export function browserLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The language the UI speaks: the user's choice, else the OS language (Electron reports it in
 * app:info) or, in browser mode, the browser's.
 */
export function resolveLocale(choice: Settings['locale'], appInfo: AppInfo | null): Locale {
  if (choice !== 'system') return choice;
  if (appInfo?.mode === 'electron') return appInfo.systemLocale;
  return browserLocale();
}

/** The BCP 47 tag for Intl: keep the user's regional variant (en-GB dates) when it matches the language. */
export function intlLocale(locale: Locale): string {
  // Absent outside a browser (unit tests): the plain locale then.
  const preferred = globalThis.navigator?.language ?? '';
  if (locale === 'zh-CN') return preferred.toLowerCase().startsWith('zh') ? preferred : 'zh-CN';
  return preferred.toLowerCase().startsWith('en') ? preferred : 'en-US';
}
