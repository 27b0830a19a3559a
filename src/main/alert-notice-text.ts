import type { Locale } from '../shared/contract/schemas/app';
import { alertKindWords } from '../shared/contract/alert-kind-words';
import type { AlertNotice } from '../shared/contract/schemas/monitoring';

/** What a desktop notification says, and which alert a click opens. Pure: tested without Electron. */
export interface DesktopNotice {
  title: string;
  body: string;
  /** The alert a click shows (the largest at stake). */
  alertId: number;
}

/** Individual lines shown before "and N more". */
const LINES = 3;

function subject(alert: AlertNotice): string {
  const e = alert.entity;
  return e.sku ? `${e.sku}${e.location ? ` @ ${e.location}` : ''}` : (e.poNumber ?? e.supplierCode ?? '');
}

/** Resolves the app's language setting ('system' follows the OS). */
export function noticeLocale(setting: string, systemLocale: Locale): Locale {
  return setting === 'en' || setting === 'zh-CN' ? setting : systemLocale;
}

/** Only high-priority alerts interrupt the user; null when there is nothing worth a notification. */
export function desktopNotice(payload: { alerts: readonly AlertNotice[]; total: number }, locale: Locale): DesktopNotice | null {
  const high = payload.alerts.filter((a) => a.priority === 'high');
  if (high.length === 0) return null;
  const total = Math.max(payload.total, high.length);
  const money = (a: AlertNotice) =>
    new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', { style: 'currency', currency: a.currency, maximumFractionDigits: 0 }).format(a.money);
  const lines = high.slice(0, LINES).map((a) => `${alertKindWords[locale][a.kind]}${subject(a) ? `: ${subject(a)}` : ''} · ${money(a)}`);
  const more = total - Math.min(LINES, high.length);
  if (more > 0) lines.push(locale === 'zh-CN' ? `另有 ${more} 条` : `and ${more} more`);
  return {
    title: locale === 'zh-CN' ? `SupplyDesk：${total} 条新的高优先级预警` : `SupplyDesk: ${total} new high-priority alert${total === 1 ? '' : 's'}`,
    body: lines.join('\n'),
    alertId: high[0]!.id,
  };
}
