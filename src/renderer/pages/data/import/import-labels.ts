import type { ImportKindName } from '../../../../shared/contract/schemas/import';
import type { TableKey } from '../../../store/data-slice';
import { isMessageKey, type Translate } from '../../../i18n/translate';

/** A field's name in the user's language; some keys mean different things per kind ("name"). */
export function fieldLabel(t: Translate, kind: ImportKindName, key: string, fallback = key): string {
  for (const candidate of [`import.field.${kind}.${key}`, `import.field.${key}`]) {
    if (isMessageKey(candidate)) return t(candidate);
  }
  return fallback;
}

export function kindLabel(t: Translate, kind: ImportKindName): string {
  const key = `import.kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
}

/** The Data page tab that shows what an import of this kind brought in. */
export const tableForKind: Record<ImportKindName, TableKey> = {
  catalog: 'products',
  suppliers: 'suppliers',
  terms: 'supplierTerms',
  sales: 'salesBySku',
  'order-lines': 'salesBySku',
  stock: 'stock',
  'purchase-orders': 'purchaseOrders',
  receipts: 'purchaseOrders',
  // No Data tab shows lanes: the Logistics page does (lead: point this at its tab when it has one).
  lanes: 'suppliers',
};

/** File sizes as people read them. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const IMPORT_EXTENSIONS = ['csv', 'txt', 'tsv', 'xlsx'];
