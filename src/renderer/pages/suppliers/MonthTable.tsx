import { Button, Table } from 'antd';
import type { SupplierDetailView, TraceableMetricName } from '../../../shared/contract/schemas/suppliers';
import { useFormat, useT } from '../../i18n/hooks';
import { days, percent } from './supplier-format';

type Month = SupplierDetailView['monthly'][number];

interface Props {
  detail: SupplierDetailView;
  onTrace(metric: TraceableMetricName, month: string): void;
}

/** Month by month (newest first); every number opens the lines of that month behind it. */
export function MonthTable({ detail, onTrace }: Props) {
  const t = useT();
  const format = useFormat();
  const link = (metric: TraceableMetricName, text: string, month: Month) =>
    month.poLines === 0 && metric !== 'spend' ? (
      <span className="tabular">{text}</span>
    ) : (
      <Button type="link" size="small" className="tabular" style={{ padding: 0, height: 'auto' }} onClick={() => onTrace(metric, month.month)}>
        {text}
      </Button>
    );
  return (
    <Table<Month>
      size="small"
      data-testid="month-table"
      pagination={false}
      rowKey="month"
      dataSource={[...detail.monthly].reverse()}
      columns={[
        { title: t('suppliers.month'), dataIndex: 'month' },
        { title: t('suppliers.col.poLines'), align: 'right', render: (_, m) => link('po_lines', format.integer(m.poLines), m) },
        { title: t('suppliers.col.otif'), align: 'right', render: (_, m) => link('otif', percent(format, m.otif), m) },
        { title: t('suppliers.col.onTime'), align: 'right', render: (_, m) => link('on_time', percent(format, m.onTimeRate), m) },
        { title: t('suppliers.col.inFull'), align: 'right', render: (_, m) => link('in_full', percent(format, m.inFullRate), m) },
        { title: t('suppliers.col.fillRate'), align: 'right', render: (_, m) => link('fill_rate', percent(format, m.fillRate), m) },
        { title: t('suppliers.col.leadTimeMean'), align: 'right', render: (_, m) => link('lead_time', days(format, m.leadTimeMean), m) },
      ]}
    />
  );
}
