import type { ColDef } from 'ag-grid-community';
import { codedContext } from '../../grid/server-filter';
import type { Formatters } from '../../i18n/format';
import { isMessageKey, type MessageKey, type Translate } from '../../i18n/translate';
import type { TableKey, TableRow } from '../../store/data-slice';

export interface TableDefinition<K extends TableKey> {
  key: K;
  label: MessageKey;
  empty: MessageKey;
  /** Stable identity of a row, for `getRowId`. */
  rowId(row: TableRow<K>): string;
  /** Called once per language (the Data page memoises the result). */
  columns(t: Translate, format: Formatters): ColDef<TableRow<K>>[];
}

/** Translates known status codes ("open", "received", …) and shows unknown ones as they are. */
export function statusLabel(t: Translate): (raw: unknown) => string {
  return (raw) => {
    const value = String(raw ?? '');
    const key = `status.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
}

/** Every status a table stores (the workspace's CHECK constraints): a filter on the words shown becomes one on these codes. */
const STATUS_CODES = ['active', 'new', 'discontinued', 'draft', 'open', 'sent', 'confirmed', 'partial', 'received', 'closed', 'cancelled'] as const;

/** A status column's context: the core filters codes, the user types the words shown. */
export function statusContext(t: Translate) {
  return codedContext(STATUS_CODES, statusLabel(t));
}
