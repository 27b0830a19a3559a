import { Alert, Table } from 'antd';
import type { LaunchAudience } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { ReasonCell } from './ReasonCell';

/** New and upcoming SKUs: expected buyers (with what the figure rests on) and the customers to offer each to. */
export function LaunchTab({ runId }: { runId: number }) {
  const t = useT();
  const format = useFormat();
  const rows = useLoad<LaunchAudience[]>(`launch|${runId}`, () => getApi().recommend.launch());
  const basis = (a: LaunchAudience) => {
    const b = a.basis as { scope?: string; launches?: number; adoptionRate?: number; horizonDays?: number };
    if (!b.launches) return t('recommend.launch.basisNone');
    return t('recommend.launch.basis', {
      launches: format.integer(b.launches),
      scope: t(`recommend.launch.scope.${b.scope ?? 'none'}` as MessageKey),
      rate: `${format.number(Math.round((b.adoptionRate ?? 0) * 1000) / 10)}%`,
      days: format.integer(b.horizonDays ?? 0),
    });
  };
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('recommend.launch.signal')} />
      <Table
        size="small"
        rowKey="productId"
        data-testid="launch-table"
        loading={rows.status === 'loading'}
        dataSource={rows.value ?? []}
        pagination={false}
        locale={{ emptyText: t('recommend.launch.none') }}
        expandable={{
          expandedRowRender: (a) => (
            <Table
              size="small"
              rowKey="customerId"
              pagination={{ pageSize: 10, size: 'small' }}
              dataSource={a.customers}
              columns={[
                { title: t('recommend.col.customer'), dataIndex: 'customerId' },
                { title: t('recommend.detail.reason'), key: 'reason', render: (_, c) => <ReasonCell reason={c.reason} score={c.score} /> },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('recommend.detail.sku'), dataIndex: 'sku', render: (s: string, a) => `${s} · ${a.name}` },
          { title: t('recommend.launch.launchDate'), dataIndex: 'launchDate', render: (d: string | null) => format.date(d) },
          { title: t('recommend.launch.expected'), dataIndex: 'expectedBuyers', align: 'right', render: (v: number, a) => <span title={basis(a)}>{format.number(v)}</span> },
          { title: t('recommend.launch.audience'), dataIndex: 'audienceSize', align: 'right', render: (v: number) => format.integer(v) },
          { title: '', key: 'basis', render: (_, a) => <span style={{ opacity: 0.7 }}>{basis(a)}</span> },
        ]}
      />
    </div>
  );
}
