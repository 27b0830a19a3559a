import { Button, Card, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import type { LogisticsReplayRow, ReplayArm } from '../../../shared/contract/schemas/logistics';
import { getApi } from '../../api/backend';
import { RunningJobProgress } from '../../components/RunningJobProgress';
import type { Loaded } from '../../hooks/useLoad';
import { useRunningJob } from '../../hooks/useRunningJob';
import { useStartJob } from '../../hooks/useStartJob';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';

const PERIODS = [91, 182, 365] as const;

interface Metric {
  key: string;
  label: MessageKey;
  show(arm: ReplayArm): string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The A/B replay: past demand with and without transfers and mode choice, at equal inventory. */
export function ReplayPanel({ replays }: { replays: Loaded<LogisticsReplayRow[]> }) {
  const t = useT();
  const format = useFormat();
  const [days, setDays] = useState<number>(365);
  const running = useRunningJob('logisticsReplay');
  const { starting, start } = useStartJob('logisticsReplay', t('logistics.replay.startFailed'));
  const latest = replays.value?.[0] ?? null;
  const money = (x: number) => format.moneyWhole(x);
  const metrics: Metric[] = [
    { key: 'fill', label: 'logistics.replay.fillRate', show: (a) => pct(a.fillRate) },
    { key: 'lostUnits', label: 'logistics.replay.lostUnits', show: (a) => format.integer(a.lostUnits) },
    { key: 'lostMargin', label: 'logistics.replay.lostMargin', show: (a) => money(a.lostMargin) },
    { key: 'freight', label: 'logistics.replay.freight', show: (a) => money(a.freightCost) },
    { key: 'holding', label: 'logistics.replay.holding', show: (a) => money(a.holdingCost) },
    { key: 'total', label: 'logistics.replay.totalCost', show: (a) => money(a.totalCost) },
    { key: 'inventory', label: 'logistics.replay.inventory', show: (a) => money(a.avgInventoryValue) },
    { key: 'transfers', label: 'logistics.replay.transfers', show: (a) => format.integer(a.transfers) },
    { key: 'split', label: 'logistics.replay.split', show: (a) => format.integer(a.splitOrders) },
    { key: 'target', label: 'logistics.replay.target', show: (a) => pct(a.serviceLevel) },
  ];
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <Card size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end' }}>
          <div>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('logistics.replay.days')}</Typography.Text>
            <Segmented<number> options={PERIODS.map((d) => ({ value: d, label: String(d) }))} value={days} onChange={setDays} />
          </div>
          <Button type="primary" data-testid="replay-run" loading={starting} disabled={running !== null} onClick={() => void start(() => getApi().logistics.replay({ days }))}>
            {t('logistics.replay.run')}
          </Button>
          <RunningJobProgress kind="logisticsReplay" width={320} testId="replay-progress" />
        </div>
      </Card>
      {!latest ? (
        <Typography.Text type="secondary" data-testid="replay-none">{t('logistics.replay.none')}</Typography.Text>
      ) : (
        <div data-testid="replay-results">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 6 }}>
            {t('logistics.replay.about', {
              from: format.date(latest.settings.from), to: format.date(latest.settings.to), skus: format.integer(latest.results.skus),
              multi: format.integer(latest.results.multiWarehouseSkus), target: pct(latest.settings.serviceLevel), seconds: format.number(latest.seconds ?? 0),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph strong data-testid="replay-verdict">
            {t('logistics.replay.verdict', {
              fill: pct(latest.results.logistics.fillRate), base: pct(latest.results.singleModeAtEqualInventory.fillRate),
              cost: money(latest.results.logistics.totalCost), baseCost: money(latest.results.singleModeAtEqualInventory.totalCost),
            })}
          </Typography.Paragraph>
          <Table<Metric>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={metrics}
            style={{ maxWidth: 1100 }}
            columns={[
              { key: 'metric', title: '', render: (_, m) => t(m.label) },
              { key: 'single', title: t('logistics.replay.single'), align: 'right', render: (_, m) => m.show(latest.results.singleMode) },
              { key: 'equal', title: t('logistics.replay.singleEqual'), align: 'right', render: (_, m) => m.show(latest.results.singleModeAtEqualInventory) },
              // Each decision alone (runs stored before they were measured lack them).
              ...(latest.results.transfersOnly ? [{ key: 'transfers', title: t('logistics.replay.transfersOnly'), align: 'right' as const, render: (_: unknown, m: Metric) => m.show(latest.results.transfersOnly!) }] : []),
              ...(latest.results.modeChoiceOnly ? [{ key: 'mode', title: t('logistics.replay.modeChoiceOnly'), align: 'right' as const, render: (_: unknown, m: Metric) => m.show(latest.results.modeChoiceOnly!) }] : []),
              { key: 'logistics', title: t('logistics.replay.logistics'), align: 'right', render: (_, m) => <Typography.Text strong>{m.show(latest.results.logistics)}</Typography.Text> },
            ]}
          />
          {latest.results.withoutLanes > 0 && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 6 }}>
              {t('logistics.replay.withoutLanes', { count: format.integer(latest.results.withoutLanes) })}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </div>
  );
}
