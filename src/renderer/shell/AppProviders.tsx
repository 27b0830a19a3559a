import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useLocale, useT } from '../i18n/hooks';
import { useAppStore } from '../store/app-store';
import { antdThemeConfig } from './theme';

/** Theme and language for antd, plus the page-level bits (lang, colour scheme, title). */
export function AppProviders({ children }: { children: ReactNode }) {
  const mode = useAppStore((state) => state.settings.theme);
  const locale = useLocale();
  const t = useT();
  const theme = useMemo(() => antdThemeConfig(mode), [mode]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.style.colorScheme = mode;
    // The page behind the app, seen while resizing or before React paints.
    document.body.style.background = String(theme.token?.colorBgLayout ?? '');
    document.title = t('app.name');
  }, [locale, mode, t, theme]);

  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme}>
      {/* Messages drop below the header so they never cover the workspace name. */}
      <AntApp style={{ height: '100%' }} message={{ top: 56 }}>
        {children}
      </AntApp>
    </ConfigProvider>
  );
}
