import { Table, Typography } from 'antd';
import type { ScoreComponentKey, SupplierDetailView, SupplierMetricsRow } from '../../../shared/contract/schemas/suppliers';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { days, percent, score } from './supplier-format';

const COMPONENT_LABEL: Record<ScoreComponentKey, MessageKey> = {
  otif: 'suppliers.component.otif',
  fillRate: 'suppliers.component.fillRate',
  leadTime: 'suppliers.component.leadTime',
  quality: 'suppliers.component.quality',
};

/** How the score is made: each component's own rate, the category's, the blend and its points. */
export function ScoreBreakdown({ detail }: { detail: SupplierDetailView }) {
  const t = useT();
  const format = useFormat();
  const card = detail.scorecard;
  const totalWeight = card.components.reduce((sum, c) => sum + c.weight, 0) || 1;
  return (
    <div data-testid="score-breakdown">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={card.components}
        columns={[
          { title: t('suppliers.breakdown.component'), dataIndex: 'key', render: (key: ScoreComponentKey) => t(COMPONENT_LABEL[key]) },
          {
            title: t('suppliers.breakdown.weight'),
            dataIndex: 'weight',
            align: 'right',
            render: (w: number) => percent(format, w / totalWeight),
          },
          { title: t('suppliers.breakdown.own'), dataIndex: 'rate', align: 'right', render: (v: number | null) => percent(format, v) },
          { title: t('suppliers.breakdown.prior'), dataIndex: 'prior', align: 'right', render: (v: number | null) => percent(format, v) },
          { title: t('suppliers.breakdown.used'), dataIndex: 'shrunk', align: 'right', render: (v: number | null) => percent(format, v) },
          { title: t('suppliers.breakdown.points'), dataIndex: 'points', align: 'right', render: (v: number) => score(format, v) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('suppliers.breakdown.explain', { k: format.number(detail.settings.priorStrength), raw: score(format, card.rawScore) })}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <b className="tabular">{score(format, card.score)}</b>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </div>
  );
}

/** The last 90 and 365 days to the as-of date, whatever period the page shows. */
export function RollingWindows({ detail }: { detail: SupplierDetailView }) {
  const t = useT();
  const format = useFormat();
  const rows: (SupplierMetricsRow & { key: string; label: string })[] = [
    { key: '90', label: t('suppliers.rolling.days90'), ...detail.rolling.days90 },
    { key: '365', label: t('suppliers.rolling.days365'), ...detail.rolling.days365 },
  ];
  return (
    <Table
      size="small"
      pagination={false}
      data-testid="rolling-windows"
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: t('suppliers.rolling.window'), dataIndex: 'label' },
        { title: t('suppliers.col.poLines'), dataIndex: 'poLines', align: 'right', render: (v: number) => format.integer(v) },
        { title: t('suppliers.col.otif'), dataIndex: 'otif', align: 'right', render: (v: number | null) => percent(format, v) },
        { title: t('suppliers.col.onTime'), dataIndex: 'onTimeRate', align: 'right', render: (v: number | null) => percent(format, v) },
        { title: t('suppliers.col.fillRate'), dataIndex: 'fillRate', align: 'right', render: (v: number | null) => percent(format, v) },
        { title: t('suppliers.col.leadTimeMean'), dataIndex: 'leadTimeMean', align: 'right', render: (v: number | null) => days(format, v) },
      ]}
    />
  );
}
