import { App, Button, Drawer, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import type { AlertSettings } from '../../../shared/contract/schemas/monitoring';
import { getApi } from '../../api/backend';
import { errorMessage } from '../../hooks/useErrorNotice';
import { useLoad } from '../../hooks/useLoad';
import { useSettingsDraft } from '../../hooks/useSettingsDraft';
import { useT } from '../../i18n/hooks';
import type { MessageKey } from '../../i18n/translate';

interface Props {
  open: boolean;
  onClose(): void;
  /** After saving: the caller checks the alerts again with the new thresholds. */
  onSaved(settings: AlertSettings): void;
}

const FIELDS: { key: keyof AlertSettings; min: number; max?: number; step?: number; help?: MessageKey }[] = [
  { key: 'excessWeeks', min: 1, max: 520 },
  { key: 'deadDays', min: 7, max: 3650 },
  { key: 'biasPct', min: 1, max: 500 },
  { key: 'otifDropPoints', min: 1, max: 100 },
  { key: 'otifMinDeliveries', min: 1, max: 10_000 },
  { key: 'staleStockDays', min: 1, max: 365 },
  { key: 'staleSalesDays', min: 1, max: 365 },
  { key: 'stalePurchaseOrderDays', min: 1, max: 365 },
  { key: 'minMoney', min: 0, step: 100 },
  { key: 'materialityPct', min: 0, max: 100, step: 0.5, help: 'alerts.settings.materialityHelp' },
  { key: 'highMoney', min: 1, step: 1000, help: 'alerts.settings.highMoneyHelp' },
  { key: 'snoozeDays', min: 1, max: 365 },
];

const asDraft = (settings: AlertSettings) => settings;

/** The alert thresholds, saved in the workspace (audited); saving checks the alerts again. */
export function AlertSettingsDrawer({ open, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  // Read again each time the drawer opens.
  const loaded = useLoad(open ? 'alert-settings' : null, () => getApi().monitoring.settings());
  useEffect(() => {
    if (loaded.error) void message.error(errorMessage(t, loaded.error));
  }, [loaded.error, message, t]);
  const { draft, setDraft, saving, save } = useSettingsDraft({
    saved: loaded.value,
    toDraft: asDraft,
    write: async (next) => onSaved(await getApi().monitoring.updateSettings(next)),
    done: t('alerts.settings.saved'),
    failed: (error) => void message.error(errorMessage(t, error)),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('alerts.settings.title')}
      size={420}
      data-testid="alert-settings"
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('alerts.settings.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={!draft} onClick={() => void save()} data-testid="alert-settings-save">
            {t('alerts.settings.save')}
          </Button>
        </Space>
      }
    >
      {draft && (
        <Form layout="vertical" size="small">
          {FIELDS.map((field) => (
            <Form.Item key={field.key} label={t(`alerts.settings.${field.key}` as MessageKey)} style={{ marginBottom: 10 }}>
              <InputNumber
                data-testid={`setting-${field.key}`}
                aria-label={t(`alerts.settings.${field.key}` as MessageKey)}
                min={field.min}
                {...(field.max !== undefined ? { max: field.max } : {})}
                step={field.step ?? 1}
                value={draft[field.key]}
                onChange={(value) => value !== null && setDraft((d) => (d ? { ...d, [field.key]: value } : d))}
                style={{ width: 160 }}
              />
              {field.help && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
                  {t(field.help)}
                </Typography.Paragraph>
              )}
            </Form.Item>
          ))}
        </Form>
      )}
    </Drawer>
  );
}
