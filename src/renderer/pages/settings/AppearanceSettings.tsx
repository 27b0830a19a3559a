import { Card, Form, Radio } from 'antd';
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
        <Form.Item label={t('settings.language')} style={{ marginBottom: 12 }}>
          <Radio.Group
            aria-label={t('settings.language')}
            optionType="button"
            value={settings.locale}
            onChange={(event) => void save({ locale: event.target.value as Settings['locale'] })}
            options={[
              { value: 'system', label: t('settings.language.system', { language: LANGUAGE_NAMES[systemLocale] }) },
              { value: 'en', label: LANGUAGE_NAMES.en },
              { value: 'zh-CN', label: LANGUAGE_NAMES['zh-CN'] },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('settings.theme')} style={{ marginBottom: 0 }}>
          <Radio.Group
            aria-label={t('settings.theme')}
            optionType="button"
            value={settings.theme}
            onChange={(event) => void save({ theme: event.target.value as Settings['theme'] })}
            options={[
              { value: 'light', label: t('settings.theme.light') },
              { value: 'dark', label: t('settings.theme.dark') },
            ]}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
