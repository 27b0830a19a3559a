import { App, Button, Drawer, Form, InputNumber, Space, Switch, Typography } from 'antd';
import type { ScorecardSettingsRow } from '../../../shared/contract/schemas/suppliers';
import { getApi } from '../../api/backend';
import { errorMessage } from '../../hooks/useErrorNotice';
import { useSettingsDraft } from '../../hooks/useSettingsDraft';
import { useFormat, useT } from '../../i18n/hooks';
import { percent } from './supplier-format';

interface Props {
  open: boolean;
  settings: ScorecardSettingsRow | null;
  onClose(): void;
  onSaved(settings: ScorecardSettingsRow): void;
}

const DEFAULTS: ScorecardSettingsRow = {
  toleranceDays: 0,
  weights: { otif: 40, fillRate: 25, leadTime: 20, quality: 15 },
  priorStrength: 10,
  usePromisedLeadTimes: false,
};
const WEIGHTS = ['otif', 'fillRate', 'leadTime', 'quality'] as const;
const asDraft = (settings: ScorecardSettingsRow) => settings;

/** How scores are made, saved in the workspace (and audited): weights, tolerance, shrinkage, lead times for plans. */
export function SettingsDrawer({ open, settings, onClose, onSaved }: Props) {
  const t = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const { draft, setDraft, saving, save } = useSettingsDraft({
    saved: open ? settings : null,
    toDraft: asDraft,
    write: async (next) => onSaved(await getApi().suppliers.updateSettings(next)),
    done: t('suppliers.settings.saved'),
    failed: (error) => void message.error(errorMessage(t, error)),
  });

  const total = draft ? WEIGHTS.reduce((sum, key) => sum + draft.weights[key], 0) : 0;
  const setWeight = (key: (typeof WEIGHTS)[number], value: number | null) =>
    setDraft((d) => (d ? { ...d, weights: { ...d.weights, [key]: value ?? 0 } } : d));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={420}
      title={t('suppliers.settings.title')}
      footer={
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Button onClick={() => setDraft(DEFAULTS)}>{t('suppliers.settings.defaults')}</Button>
          <Space>
            <Button onClick={onClose}>{t('suppliers.settings.cancel')}</Button>
            <Button type="primary" loading={saving} disabled={!draft || total <= 0} onClick={() => void save()}>
              {t('suppliers.settings.save')}
            </Button>
          </Space>
        </Space>
      }
    >
      {draft && (
        <Form layout="vertical" data-testid="scorecard-settings" requiredMark={false}>
          <Typography.Text strong>{t('suppliers.settings.weights')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('suppliers.settings.weightsHelp')}
          </Typography.Paragraph>
          {WEIGHTS.map((key) => (
            <Form.Item
              key={key}
              label={t(`suppliers.component.${key}`)}
              help={total > 0 ? t('suppliers.settings.share', { share: percent(format, draft.weights[key] / total) }) : undefined}
              style={{ marginBottom: 10 }}
            >
              <InputNumber
                aria-label={t(`suppliers.component.${key}`)}
                min={0}
                max={1000}
                value={draft.weights[key]}
                onChange={(value) => setWeight(key, value)}
                style={{ width: 140 }}
              />
            </Form.Item>
          ))}
          {total <= 0 && <Typography.Text type="danger">{t('suppliers.settings.weightsZero')}</Typography.Text>}
          <Form.Item label={t('suppliers.settings.tolerance')} help={t('suppliers.settings.toleranceHelp')} style={{ marginTop: 12 }}>
            <InputNumber
              aria-label={t('suppliers.settings.tolerance')}
              min={0}
              max={60}
              precision={0}
              value={draft.toleranceDays}
              onChange={(value) => setDraft({ ...draft, toleranceDays: value ?? 0 })}
              suffix={t('suppliers.daysUnit')}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item label={t('suppliers.settings.prior')} help={t('suppliers.settings.priorHelp')}>
            <InputNumber
              aria-label={t('suppliers.settings.prior')}
              min={0}
              max={1000}
              value={draft.priorStrength}
              onChange={(value) => setDraft({ ...draft, priorStrength: value ?? 0 })}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item label={t('suppliers.settings.leadTimes')} help={t('suppliers.settings.leadTimesHelp')}>
            <Switch
              aria-label={t('suppliers.settings.leadTimes')}
              checked={draft.usePromisedLeadTimes}
              onChange={(checked) => setDraft({ ...draft, usePromisedLeadTimes: checked })}
              checkedChildren={t('suppliers.settings.promised')}
              unCheckedChildren={t('suppliers.settings.measured')}
            />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
