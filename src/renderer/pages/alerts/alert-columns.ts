import type { ColDef } from 'ag-grid-community';
import type { AlertRow } from '../../../shared/contract/schemas/monitoring';
import type { Formatters } from '../../i18n/format';
import type { MessageKey, Translate } from '../../i18n/translate';
import { alertKindLabel, alertSubject, alertWhy } from '../../components/alerts/alert-text';

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Columns of the Alerts grid; rows come ranked (stale data first, then money at stake). */
export function alertColumns(t: Translate, format: Formatters): ColDef<AlertRow>[] {
  return [
    {
      colId: 'priority',
      headerName: t('alerts.col.priority'),
      width: 100,
      valueGetter: (p) => (p.data ? t(`alerts.priority.${p.data.priority}` as MessageKey) : ''),
      comparator: (_a, _b, na, nb) => PRIORITY_ORDER[na.data!.priority] - PRIORITY_ORDER[nb.data!.priority],
      cellClass: (p) => (p.data ? `alert-priority-${p.data.priority}` : ''),
    },
    { colId: 'kind', headerName: t('alerts.col.kind'), width: 200, valueGetter: (p) => (p.data ? alertKindLabel(t, p.data.kind) : '') },
    { colId: 'subject', headerName: t('alerts.col.subject'), width: 220, valueGetter: (p) => (p.data ? alertSubject(p.data) : '') },
    { colId: 'why', headerName: t('alerts.col.why'), flex: 1, minWidth: 260, valueGetter: (p) => (p.data ? alertWhy(t, format, p.data) : ''), tooltipValueGetter: (p) => p.value as string },
    {
      colId: 'money',
      headerName: t('alerts.col.money'),
      width: 150,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      valueGetter: (p) => p.data?.money ?? null,
      valueFormatter: (p) => (p.data ? format.money(p.data.money, p.data.currency) : ''),
      cellClass: 'tabular',
    },
    { colId: 'status', headerName: t('alerts.col.status'), width: 120, valueGetter: (p) => (p.data ? t(`alerts.status.${p.data.status}` as MessageKey) : '') },
    { colId: 'firstSeen', headerName: t('alerts.col.firstSeen'), width: 120, valueGetter: (p) => p.data?.firstSeen ?? '', valueFormatter: (p) => format.date(p.value as string) },
    { colId: 'reopened', headerName: t('alerts.col.reopened'), width: 110, type: 'rightAligned', valueGetter: (p) => p.data?.reopenCount ?? 0 },
  ];
}
