import { App, Button, Drawer, Form, InputNumber, Space, Switch, Typography } from 'antd';
import {
  DEFAULT_SCORECARD_SETTINGS,
  SCORECARD_LIMITS,
  scoreWeightKeys,
  type ScorecardSettingsRow,
} from '../../../shared/contract/schemas/suppliers';
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

// Defaults and limits are the contract's, the rules the workspace checks the settings with.
const DEFAULTS = DEFAULT_SCORECARD_SETTINGS;
const WEIGHTS = scoreWeightKeys;
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
                min={SCORECARD_LIMITS.weight.min}
                max={SCORECARD_LIMITS.weight.max}
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
              min={SCORECARD_LIMITS.toleranceDays.min}
              max={SCORECARD_LIMITS.toleranceDays.max}
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
              min={SCORECARD_LIMITS.priorStrength.min}
              max={SCORECARD_LIMITS.priorStrength.max}
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
