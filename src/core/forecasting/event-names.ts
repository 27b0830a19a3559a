import type { RetailEventKey } from '../forecast/events/retail-events';

export interface EventNames {
  en: string;
  zh: string;
}

/** The shipped events' names in both languages, as the event calendar shows them until a user renames one. */
export const DEFAULT_EVENT_NAMES: Record<RetailEventKey, EventNames> = {
  springFestivalRush: { en: 'Spring Festival stock-up', zh: '年货节' },
  springFestival: { en: 'Spring Festival', zh: '春节' },
  mid618: { en: '618', zh: '618' },
  double11: { en: 'Double 11', zh: '双11' },
  blackFriday: { en: 'Black Friday', zh: '黑色星期五' },
  double12: { en: 'Double 12', zh: '双12' },
  christmas: { en: 'Christmas', zh: '圣诞节' },
};
