import type { Locale } from '../../shared/contract/schemas/app';
import { en, type MessageKey } from './en';
import { getFormatters } from './format';
import { zhCN } from './zh-CN';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
const translators = new Map<Locale, Translate>();

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** One translator per locale, so components can depend on its identity. Numbers get thousands separators. */
export function getTranslator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (translate) return translate;
  const dictionary = dictionaries[locale];
  const format = getFormatters(locale);
  translate = (key, params) => {
    const text = dictionary[key] ?? en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? format.number(value) : value;
    });
  };
  translators.set(locale, translate);
  return translate;
}
