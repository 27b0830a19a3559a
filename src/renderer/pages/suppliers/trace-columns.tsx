import { Tag } from 'antd';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import type { TracedLineRow } from '../../../shared/contract/schemas/suppliers';
import { dateColumn, numberColumn, textColumn } from '../../grid/columns';
import type { Formatters } from '../../i18n/format';
import { useT } from '../../i18n/hooks';
import type { Translate } from '../../i18n/translate';
import { days } from './supplier-format';

type Row = TracedLineRow;

const tagStyle = { marginInlineEnd: 3, paddingInline: 4, fontSize: 11, lineHeight: '16px' };

/** The line's judgement as words, so the column filter and quick search find "Late" or "Short". */
export function judgementText(t: Translate, row: Row): string {
  if (row.overdue) return t('suppliers.judge.overdue');
  if (!row.delivered) return t('suppliers.judge.notJudged');
  return [
    row.onTime ? t('suppliers.judge.onTime') : t('suppliers.judge.late'),
    row.inFull ? t('suppliers.judge.inFull') : t('suppliers.judge.short'),
    row.otif ? t('suppliers.judge.otif') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function JudgementCell({ data }: CustomCellRendererProps<Row>) {
  const t = useT();
  if (!data) return null;
  if (data.overdue) return <Tag color="red" style={tagStyle}>{t('suppliers.judge.overdue')}</Tag>;
  if (!data.delivered) return <Tag style={tagStyle}>{t('suppliers.judge.notJudged')}</Tag>;
  return (
    <span data-testid="judgement">
      <Tag color={data.onTime ? 'green' : 'orange'} style={tagStyle}>
        {data.onTime ? t('suppliers.judge.onTime') : t('suppliers.judge.late')}
      </Tag>
      <Tag color={data.inFull ? 'green' : 'orange'} style={tagStyle}>
        {data.inFull ? t('suppliers.judge.inFull') : t('suppliers.judge.short')}
      </Tag>
      {data.otif && (
        <Tag color="blue" style={tagStyle}>
          {t('suppliers.judge.otif')}
        </Tag>
      )}
    </span>
  );
}

/** Columns of the lines behind a number: the verdict and what the line adds first, then the facts the metric used. */
export function traceColumns(t: Translate, format: Formatters, showContribution: (row: Row) => string): ColDef<Row>[] {
  return [
    textColumn<Row>('poNumber', t('suppliers.trace.po'), { width: 130, pinned: 'left' }),
    numberColumn<Row>('lineNo', t('suppliers.trace.line'), format, { width: 70 }),
    textColumn<Row>('sku', t('col.sku'), { width: 120 }),
    {
      colId: 'judgement',
      headerName: t('suppliers.trace.judgement'),
      headerTooltip: t('suppliers.trace.judgement'),
      width: 190,
      filter: 'agTextColumnFilter',
      valueGetter: (params) => (params.data ? judgementText(t, params.data) : ''),
      cellRenderer: JudgementCell,
    },
    {
      colId: 'contribution',
      headerName: t('suppliers.trace.adds'),
      headerTooltip: t('suppliers.trace.addsHelp'),
      type: 'rightAligned',
      width: 110,
      valueGetter: (params) => (params.data ? showContribution(params.data) : ''),
    },
    dateColumn<Row>('orderDate', t('suppliers.trace.ordered'), format, { width: 110 }),
    dateColumn<Row>('dueDate', t('suppliers.trace.due'), format, { width: 110 }),
    dateColumn<Row>('firstReceiptDate', t('suppliers.trace.firstReceipt'), format, { width: 120 }),
    dateColumn<Row>('completeDate', t('suppliers.trace.complete'), format, { width: 120 }),
    numberColumn<Row>('qtyOrdered', t('suppliers.trace.qtyOrdered'), format, { width: 96 }),
    numberColumn<Row>('received', t('suppliers.trace.received'), format, { width: 96 }),
    numberColumn<Row>('rejected', t('suppliers.trace.rejected'), format, { width: 90 }),
    numberColumn<Row>('leadTimeDays', t('suppliers.trace.leadTime'), format, { width: 100, valueFormatter: (p) => days(format, p.value as number | null) }),
    numberColumn<Row>('promisedLeadTimeDays', t('suppliers.trace.promised'), format, {
      width: 100,
      valueFormatter: (p) => days(format, p.value as number | null),
    }),
    numberColumn<Row>('confirmedQty', t('suppliers.trace.confirmedQty'), format, { width: 100 }),
    dateColumn<Row>('confirmedDate', t('suppliers.trace.confirmedDate'), format, { width: 120 }),
    textColumn<Row>('status', t('suppliers.trace.status'), { width: 90 }),
  ];
}
