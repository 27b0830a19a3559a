import { Card, Form, Radio } from 'antd';
import type { CSSProperties } from 'react';
import type { Settings } from '../../../shared/contract/schemas/app';
import { useT } from '../../i18n/hooks';
import { browserLocale } from '../../i18n/locale';
import { useAppStore } from '../../store/app-store';
import { useErrorNotice } from '../../hooks/useErrorNotice';

/** Language names are written in their own language, so anyone can find theirs. */
const LANGUAGE_NAMES = { en: 'English', 'zh-CN': '中文' } as const;

export function AppearanceSettings() {
  const t = useT();
  const showError = useErrorNotice();
  const settings = useAppStore((state) => state.settings);
  const appInfo = useAppStore((state) => state.appInfo);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const systemLocale = appInfo?.mode === 'electron' ? appInfo.systemLocale : browserLocale();

  const save = (patch: Partial<Settings>) =>
    updateSettings(patch).catch((error: unknown) => {
      showError(t('settings.saveFailed'), error);
    });

  return (
    <Card size="small" title={t('settings.appearance')}>
      <Form layout="horizontal" labelCol={{ flex: '150px' }} labelAlign="left" colon={false}>
        <Choice
          label={t('settings.language')}
          value={settings.locale}
          onChange={(locale) => void save({ locale })}
          options={[
            { value: 'system', label: t('settings.language.system', { language: LANGUAGE_NAMES[systemLocale] }) },
            { value: 'en', label: LANGUAGE_NAMES.en },
            { value: 'zh-CN', label: LANGUAGE_NAMES['zh-CN'] },
          ]}
          style={{ marginBottom: 12 }}
        />
        <Choice
          label={t('settings.theme')}
          value={settings.theme}
          onChange={(theme) => void save({ theme })}
          options={[
            { value: 'light', label: t('settings.theme.light') },
            { value: 'dark', label: t('settings.theme.dark') },
          ]}
          style={{ marginBottom: 0 }}
        />
      </Form>
    </Card>
  );
}

interface ChoiceProps<V extends string> {
  label: string;
  value: V;
  onChange(value: V): void;
  options: { value: V; label: string }[];
  style: CSSProperties;
}

/** One setting chosen with buttons side by side, saved as soon as it changes. */
function Choice<V extends string>({ label, value, onChange, options, style }: ChoiceProps<V>) {
  return (
    <Form.Item label={label} style={style}>
      <Radio.Group aria-label={label} optionType="button" value={value} onChange={(event) => onChange(event.target.value as V)} options={options} />
    </Form.Item>
  );
}
