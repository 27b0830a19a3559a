import type { AlertFacts, AlertRow } from '../../../shared/contract/schemas/monitoring';
import type { Formatters } from '../../i18n/format';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n/translate';
import type { PageKey } from '../../hooks/route';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Facts that are amounts of money (in the alert's currency). */
const MONEY_FACTS = new Set(['unitMargin', 'unitCost', 'valueLate', 'holdingCostPerYear', 'transferCost', 'marginSaved', 'extraFreight']);
/** Facts that are words chosen from a list (sources). */
const WORD_FACTS = new Set(['demandSource', 'reorderPointSource']);

/** One fact ready to show: dates in the user's locale, money with its currency, sources in words. */
export function factText(t: Translate, format: Formatters, name: string, value: AlertFacts[string], currency: string): string {
  if (value === null) return '—';
  if (typeof value === 'string') {
    if (WORD_FACTS.has(name) || name === 'mode') {
      // A freight mode (sea, air …) is worded like the Logistics page words it.
      const key = name === 'mode' ? `logistics.mode.${value}` : `alerts.source.${value}`;
      return isMessageKey(key) ? t(key) : value;
    }
    return ISO_DATE.test(value) ? format.date(value) : value;
  }
  if (MONEY_FACTS.has(name)) return format.money(value, currency);
  if (name === 'holdingRate') return `${format.number(value * 100)}%`;
  return format.number(value);
}

/** The why in the user's language, worded from the facts stored with the alert. */
export function alertWhy(t: Translate, format: Formatters, row: Pick<AlertRow, 'kind' | 'facts' | 'currency'>): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.facts)) params[name] = factText(t, format, name, value, row.currency);
  return t(`alerts.why.${row.kind}` as MessageKey, params);
}

export function alertKindLabel(t: Translate, kind: AlertRow['kind']): string {
  return t(`alerts.kind.${kind}` as MessageKey);
}

/** What the alert is about, in one short line: SKU @ location, PO (supplier), or the supplier. */
export function alertSubject(row: Pick<AlertRow, 'entity'>): string {
  const e = row.entity;
  if (e.sku) return `${e.sku}${e.location ? ` @ ${e.location}` : ''}`;
  if (e.poNumber) return `${e.poNumber}${e.supplierCode ? ` · ${e.supplierCode}` : ''}`;
  if (e.supplierCode) return `${e.supplierCode}${e.supplierName ? ` ${e.supplierName}` : ''}`;
  return '';
}

export interface AlertLink {
  label: MessageKey;
  page: PageKey;
  sub?: string;
  /** The third part of the route: the PO on the Data page's purchase orders tab. */
  item?: string;
  testId: string;
}

/** Where to look next: the SKU's plan line and forecast, the PO among the purchase orders, the supplier's scorecard. */
export function alertLinks(row: Pick<AlertRow, 'entity' | 'kind'>): AlertLink[] {
  const e = row.entity;
  const links: AlertLink[] = [];
  if (e.sku) {
    if (row.kind === 'transferSaves' || row.kind === 'expeditePays') links.push({ label: 'alerts.detail.openLogistics', page: 'logistics', testId: 'link-logistics' });
    else if (row.kind === 'forecastBias') links.push({ label: 'alerts.detail.openForecast', page: 'forecasts', sub: e.sku, testId: 'link-forecast' });
    else links.push({ label: 'alerts.detail.openSku', page: 'replenishment', sub: e.sku, testId: 'link-sku' });
  }
  if (e.poNumber) links.push({ label: 'alerts.detail.openPo', page: 'data', sub: 'purchaseOrders', item: e.poNumber, testId: 'link-po' });
  if (e.supplierCode) links.push({ label: 'alerts.detail.openSupplier', page: 'suppliers', sub: e.supplierCode, testId: 'link-supplier' });
  return links;
}

export const PRIORITY_COLOURS: Record<AlertRow['priority'], string> = { high: 'red', medium: 'orange', low: 'default' };
