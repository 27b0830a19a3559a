import { Card, Empty, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { CustomerDetail, RecommendCustomer } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { dateColumn, numberColumn, textColumn } from '../../grid/columns';
import { SearchableGrid } from '../../grid/SearchableGrid';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';
import { ReasonCell } from './ReasonCell';

/** Customers (searchable grid) and, for the one picked, the next purchases with reasons and the history. */
export function CustomersTab({ runId }: { runId: number }) {
  const t = useT();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const customers = useLoad<RecommendCustomer[]>(`customers|${runId}`, () => getApi().recommend.customers(), 'recommend');
  const detail = useLoad<CustomerDetail>(picked ? `customer|${runId}|${picked}` : null, () => getApi().recommend.customer({ customerId: picked! }));
  const columns = useMemo(
    () => [
      textColumn<RecommendCustomer>('customerId', t('recommend.col.customer'), { width: 130, pinned: 'left' }),
      numberColumn<RecommendCustomer>('orders', t('recommend.col.orders'), format, { width: 90, sort: 'desc' }),
      numberColumn<RecommendCustomer>('units', t('recommend.col.units'), format, { width: 90 }),
      numberColumn<RecommendCustomer>('skus', t('recommend.col.skus'), format, { width: 110 }),
      dateColumn<RecommendCustomer>('lastDay', t('recommend.col.lastDay'), format),
      textColumn<RecommendCustomer>('topSku', t('recommend.col.topSku'), { width: 160 }),
    ],
    [t, format],
  );
  return (
    <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
      <div style={{ flex: '1 1 50%', minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <SearchableGrid<RecommendCustomer>
          gridId="recommend-customers"
          rows={customers.value}
          columnDefs={columns}
          getRowId={(p) => p.data.customerId}
          loading={customers.status === 'loading'}
          empty={{ title: t('recommend.customers.empty'), hint: t('recommend.customers.emptyHint') }}
          ariaLabel={t('recommend.customers.grid')}
          search={search}
          onSearch={setSearch}
          placeholder={t('recommend.customers.search')}
          countTestId="recommend-customer-count"
          gridOptions={{ rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true }, onRowClicked: (e) => e.data && setPicked(e.data.customerId) }}
        />
      </div>
      <div data-testid="recommend-customer-detail" style={{ flex: '1 1 50%', minWidth: 0, overflow: 'auto' }}>
        {!picked || !detail.value ? (
          <Empty description={t('recommend.detail.pick')} style={{ marginTop: 48 }} />
        ) : (
          <>
            <Card size="small" title={`${t('recommend.detail.next')} · ${detail.value.customerId}`} style={{ marginBottom: 12 }}>
              <Table
                size="small"
                pagination={false}
                rowKey="rank"
                data-testid="recommend-next"
                dataSource={detail.value.recommendations}
                columns={[
                  { title: t('recommend.detail.rank'), dataIndex: 'rank', width: 40 },
                  { title: t('recommend.detail.sku'), dataIndex: 'sku', render: (sku: string, r) => <span title={r.name ?? ''}>{sku}</span> },
                  { title: t('recommend.detail.reason'), key: 'reason', render: (_, r) => <ReasonCell reason={r.reason} score={r.score} /> },
                ]}
              />
            </Card>
            <Card size="small" title={t('recommend.detail.history')}>
              <Table
                size="small"
                pagination={{ pageSize: 10, size: 'small' }}
                rowKey={(r) => `${r.orderId}|${r.sku}`}
                data-testid="recommend-history"
                dataSource={detail.value.history}
                columns={[
                  { title: t('recommend.detail.date'), dataIndex: 'date', render: (d: string) => format.date(d) },
                  { title: t('recommend.detail.order'), dataIndex: 'orderId' },
                  { title: t('recommend.detail.sku'), dataIndex: 'sku', render: (sku: string, r) => <span title={r.name ?? ''}>{sku}</span> },
                  { title: t('recommend.detail.qty'), dataIndex: 'qty', align: 'right', render: (q: number) => format.number(q) },
                ]}
              />
            </Card>
          </>
        )}
      </div>
    </div>
  );
}
