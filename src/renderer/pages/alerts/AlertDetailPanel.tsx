import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import type { AlertRow } from '../../../shared/contract/schemas/monitoring';
import { SidePanel } from '../../components/SidePanel';
import { useFormat, useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';
import { isMessageKey } from '../../i18n/translate';
import { navigate } from '../../hooks/route';
import { alertKindLabel, alertLinks, alertSubject, alertWhy, factText, PRIORITY_COLOURS } from '../../components/alerts/alert-text';

interface Props {
  row: AlertRow;
  onClose(): void;
  onAcknowledge(): void;
  onSnooze(): void;
  onReopen(): void;
}

/** One alert: the why in words, the money and how it was computed, every number behind it, and where to act. */
export function AlertDetailPanel({ row, onClose, onAcknowledge, onSnooze, onReopen }: Props) {
  const t = useT();
  const format = useFormat();
  const facts = Object.entries(row.facts);
  return (
    <SidePanel
      testId="alert-detail"
      width={380}
      title={alertKindLabel(t, row.kind)}
      closeLabel={t('alerts.detail.close')}
      onClose={onClose}
    >
      <Space direction="vertical" size={10} style={{ width: '100%' }}>
        <Space wrap size={6}>
          <Tag color={PRIORITY_COLOURS[row.priority]}>{t(`alerts.priority.${row.priority}` as MessageKey)}</Tag>
          <Tag data-testid="alert-detail-status">{t(`alerts.status.${row.status}` as MessageKey)}</Tag>
          <Typography.Text strong>{alertSubject(row)}</Typography.Text>
        </Space>
        {row.entity.productName && <Typography.Text type="secondary">{row.entity.productName}</Typography.Text>}
        <div>
          <Typography.Text type="secondary">{t('alerts.detail.why')}</Typography.Text>
          <Typography.Paragraph data-testid="alert-detail-why" style={{ marginBottom: 0 }}>
            {alertWhy(t, format, row)}
          </Typography.Paragraph>
        </div>
        <div>
          <Typography.Text type="secondary">{t('alerts.detail.money')}</Typography.Text>
          <div>
            <Typography.Text strong className="tabular" style={{ fontSize: 18 }} data-testid="alert-detail-money">
              {format.money(row.money, row.currency)}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`alerts.money.${row.moneyMethod}` as MessageKey)}
          </Typography.Text>
        </div>
        <Descriptions size="small" column={1} bordered title={<span style={{ fontSize: 13 }}>{t('alerts.detail.numbers')}</span>}>
          {facts.map(([name, value]) => {
            const key = `alerts.fact.${name}`;
            return (
              <Descriptions.Item key={name} label={isMessageKey(key) ? t(key) : name}>
                <span className="tabular">{factText(t, format, name, value, row.currency)}</span>
              </Descriptions.Item>
            );
          })}
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('alerts.detail.history', { first: format.date(row.firstSeen), last: format.date(row.lastSeen) })}
          {row.reopenCount > 0 && ` · ${t('alerts.detail.cameBack', { count: row.reopenCount })}`}
        </Typography.Text>
        {row.status === 'snoozed' && row.snoozedUntil && <Typography.Text>{t('alerts.snoozed', { date: format.date(row.snoozedUntil) })}</Typography.Text>}
        {row.note && <Typography.Text>{t('alerts.detail.note', { note: row.note })}</Typography.Text>}
        <Space wrap size={6}>
          {alertLinks(row).map((link) => (
            <Button key={link.testId} size="small" data-testid={link.testId} onClick={() => navigate(link.page, link.sub, link.item)}>
              {t(link.label)}
            </Button>
          ))}
        </Space>
        <Space wrap size={6}>
          {row.status === 'open' && (
            <>
              <Button type="primary" size="small" onClick={onAcknowledge} data-testid="detail-ack">
                {t('alerts.acknowledge')}
              </Button>
              <Button size="small" onClick={onSnooze} data-testid="detail-snooze">
                {t('alerts.snooze')}
              </Button>
            </>
          )}
          {(row.status === 'acknowledged' || row.status === 'snoozed') && (
            <Button size="small" onClick={onReopen} data-testid="detail-reopen">
              {t('alerts.reopen')}
            </Button>
          )}
        </Space>
      </Space>
    </SidePanel>
  );
}
