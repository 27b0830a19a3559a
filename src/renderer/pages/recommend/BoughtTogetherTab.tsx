import { InputNumber, Select, Space, Table, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import type { BoughtTogetherRow } from '../../../shared/contract/schemas/recommend';
import { getApi } from '../../api/backend';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useLoad } from '../../hooks/useLoad';
import { useFormat, useT } from '../../i18n/hooks';

/** One product's bought-together list, with the minimum support adjustable (in % of orders). */
export function BoughtTogetherTab({ runId, minSupport, onMinSupport }: { runId: number; minSupport: number; onMinSupport(v: number): void }) {
  const t = useT();
  const format = useFormat();
  const skus = useLoad(`paired|${runId}`, () => getApi().recommend.pairedSkus());
  const [sku, setSku] = useState<string | null>(null);
  useEffect(() => {
    if (sku === null && skus.value && skus.value.length > 0) setSku(skus.value[0]!.sku);
  }, [sku, skus.value]);
  const support = useDebouncedValue(minSupport, 250);
  const rows = useLoad<BoughtTogetherRow[]>(sku ? `pairs|${runId}|${sku}|${support}` : null, () => getApi().recommend.boughtTogether({ sku: sku!, minSupport: support }));
  const pct = (v: number) => `${format.number(Math.round(v * 10000) / 100)}%`;
  return (
    <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          showSearch
          style={{ width: 320 }}
          aria-label={t('recommend.together.sku')}
          placeholder={t('recommend.together.sku')}
          data-testid="together-sku"
          value={sku ?? undefined}
          onChange={setSku}
          options={(skus.value ?? []).map((s) => ({ value: s.sku, label: s.name ? `${s.sku} · ${s.name}` : s.sku }))}
          optionFilterProp="label"
        />
        <Tooltip title={t('recommend.together.minSupportHelp')}>
          <span>{t('recommend.together.minSupport')}</span>
        </Tooltip>
        <InputNumber<number>
          aria-label={t('recommend.together.minSupport')}
          data-testid="together-min-support"
          min={0}
          max={100}
          step={0.05}
          value={Math.round(minSupport * 100000) / 1000}
          onChange={(v) => onMinSupport((v ?? 0) / 100)}
          addonAfter="%"
          style={{ width: 140 }}
        />
      </Space>
      <Table
        size="small"
        rowKey={(r) => r.otherSku}
        data-testid="together-table"
        loading={rows.status === 'loading'}
        dataSource={rows.value ?? []}
        pagination={false}
        locale={{ emptyText: t('recommend.together.none') }}
        columns={[
          { title: t('recommend.together.other'), dataIndex: 'otherSku', render: (s: string, r) => (r.otherName ? `${s} · ${r.otherName}` : s) },
          { title: t('recommend.together.orders'), dataIndex: 'orders', align: 'right', render: (v: number) => format.integer(v) },
          { title: t('recommend.together.confidence'), dataIndex: 'confidence', align: 'right', render: pct },
          { title: t('recommend.together.lift'), dataIndex: 'lift', align: 'right', render: (v: number) => `${format.number(v)}×` },
        ]}
      />
    </div>
  );
}
