import type { AlertFacts, AlertRow } from '../../../shared/contract/schemas/monitoring';
import type { Formatters } from '../../i18n/format';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n/translate';
import { IMPORT_ROUTE, type PageKey } from '../../hooks/route';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Facts that are amounts of money (in the alert's currency). */
const MONEY_FACTS = new Set(['unitMargin', 'unitCost', 'valueLate', 'holdingCostPerYear', 'holdingCost', 'clearanceCost', 'transferCost', 'marginSaved', 'extraFreight']);
/** Facts that are yearly or one-off rates (0.25 = 25%). */
const RATE_FACTS = new Set(['holdingRate', 'clearanceRate']);
/** Facts that are words chosen from a list (sources). */
const WORD_FACTS = new Set(['demandSource', 'reorderPointSource', 'planLineStatus']);

/** One fact ready to show: dates in the user's locale, money with its currency, sources in words. */
export function factText(t: Translate, format: Formatters, name: string, value: AlertFacts[string], currency: string): string {
  if (value === null) return '—';
  if (typeof value === 'string') {
    if (WORD_FACTS.has(name) || name === 'mode') {
      // A freight mode (sea, air …) is worded like the Logistics page words it.
      const key = name === 'mode' ? `logistics.mode.${value}` : `alerts.source.${value}`;
      return isMessageKey(key) ? t(key) : value;
    }
    if (name === 'alsoKinds') return value.split(',').map((kind) => (isMessageKey(`alerts.kind.${kind}`) ? t(`alerts.kind.${kind}` as MessageKey) : kind)).join(', ');
    return ISO_DATE.test(value) ? format.date(value) : value;
  }
  if (MONEY_FACTS.has(name)) return format.money(value, currency);
  if (RATE_FACTS.has(name)) return `${format.number(value * 100)}%`;
  return format.number(value);
}

function factParams(t: Translate, format: Formatters, row: Pick<AlertRow, 'facts' | 'currency'>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.facts)) params[name] = factText(t, format, name, value, row.currency);
  return params;
}

/** The why in the user's language, worded from the facts stored with the alert; the plan line that answers it, when one does. */
export function alertWhy(t: Translate, format: Formatters, row: Pick<AlertRow, 'kind' | 'facts' | 'currency'>): string {
  const missing = missingInputWhy(t, row);
  if (missing) return missing;
  const key = `alerts.why.${row.kind}`;
  const why = isMessageKey(key) ? t(key, factParams(t, format, row)) : '';
  const covered = coveredText(t, format, row);
  return covered ? `${why} — ${covered}` : why;
}

/** Whether a plan line answers the alert (it is then not open work). */
export function isCovered(row: Pick<AlertRow, 'facts'>): boolean {
  return row.facts.planLineId !== undefined && row.facts.planLineId !== null;
}

/** "covered by draft plan line: 120 units arriving 20 Jan" — the plan line the alert points to, or null. */
export function coveredText(t: Translate, format: Formatters, row: Pick<AlertRow, 'facts'>): string | null {
  if (!isCovered(row)) return null;
  const f = row.facts;
  const params = {
    qty: format.number(Number(f.plannedQty ?? 0)),
    arrival: typeof f.plannedArrival === 'string' ? format.date(f.plannedArrival) : '—',
    po: typeof f.plannedPo === 'string' ? f.plannedPo : '—',
  };
  return f.planLineStatus === 'approved' ? t('alerts.covered.approved', params) : t('alerts.covered.draft', params);
}

/**
 * What to do today, in words, with the SKU, PO or supplier in it (the Dashboard's action list).
 * A kind without its own sentence (a newer detector) says its name, subject and why.
 */
export function alertTodo(t: Translate, format: Formatters, row: Pick<AlertRow, 'kind' | 'facts' | 'currency' | 'entity'>): string {
  const key = `alerts.todo.${row.kind}`;
  const e = row.entity;
  const subject = alertSubject(row);
  if (!isMessageKey(key)) return `${alertKindLabel(t, row.kind)}${subject ? ` · ${subject}` : ''} — ${alertWhy(t, format, row)}`;
  return t(key, {
    ...factParams(t, format, row),
    subject,
    supplier: e.supplierName ?? e.supplierCode ?? '—',
    po: e.poNumber ?? '—',
  });
}

/** Data-age alerts whose data was never imported say so, never "newest snapshot from —, — days ago". */
const NEVER_IMPORTED: Partial<Record<AlertRow['kind'], { why: MessageKey; importKind: string }>> = {
  staleStock: { why: 'alerts.why.staleStock.none', importKind: 'stock' },
  staleSales: { why: 'alerts.why.staleSales.none', importKind: 'sales' },
  stalePurchaseOrders: { why: 'alerts.why.stalePurchaseOrders.none', importKind: 'purchase-orders' },
};

function neverImported(row: Pick<AlertRow, 'kind' | 'facts'>) {
  const entry = NEVER_IMPORTED[row.kind];
  return entry && (row.facts.newestDate === null || row.facts.newestDate === undefined) ? entry : null;
}

export function missingInputWhy(t: Translate, row: Pick<AlertRow, 'kind' | 'facts'>): string | null {
  const entry = neverImported(row);
  return entry ? t(entry.why) : null;
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
export function alertLinks(row: Pick<AlertRow, 'entity' | 'kind'> & Partial<Pick<AlertRow, 'facts'>>): AlertLink[] {
  const e = row.entity;
  const links: AlertLink[] = [];
  if (e.sku) {
    if (row.kind === 'transferSaves' || row.kind === 'expeditePays') links.push({ label: 'alerts.detail.openLogistics', page: 'logistics', testId: 'link-logistics' });
    else if (row.kind === 'forecastBias') links.push({ label: 'alerts.detail.openForecast', page: 'forecasts', sub: e.sku, testId: 'link-forecast' });
    else links.push({ label: 'alerts.detail.openSku', page: 'replenishment', sub: e.sku, testId: 'link-sku' });
  }
  if (e.poNumber) links.push({ label: 'alerts.detail.openPo', page: 'data', sub: 'purchaseOrders', item: e.poNumber, testId: 'link-po' });
  if (e.supplierCode) links.push({ label: 'alerts.detail.openSupplier', page: 'suppliers', sub: e.supplierCode, testId: 'link-supplier' });
  // Data never imported: the link opens the import for it.
  const missing = row.facts ? neverImported({ kind: row.kind, facts: row.facts }) : null;
  if (missing) links.push({ label: importLabel(missing.importKind), page: 'data', sub: IMPORT_ROUTE, item: missing.importKind, testId: `link-import-${missing.importKind}` });
  return links;
}

export const PRIORITY_COLOURS: Record<AlertRow['priority'], string> = { high: 'red', medium: 'orange', low: 'default' };

function importLabel(kind: string): MessageKey {
  return kind === 'stock' ? 'missing.import.stock' : kind === 'purchase-orders' ? 'missing.import.purchase-orders' : 'data.import';
}
