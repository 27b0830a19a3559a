import type { Locale } from '../../shared/contract/schemas/app';

/** The OS language as one of ours: Chinese of any region reads zh-CN, everything else English. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^zh\b/i.test(tag.replace('_', '-')) ? 'zh-CN' : 'en';
}

export function systemLocale(): Locale {
  return localeFromTag(process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}
