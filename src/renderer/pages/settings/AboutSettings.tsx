import { Skeleton, Typography } from 'antd';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { FactsCard } from './FactsCard';

export function AboutSettings() {
  const t = useT();
  const appInfo = useAppStore((state) => state.appInfo);

  return (
    <FactsCard
      title={t('settings.about')}
      placeholder={<Skeleton active paragraph={{ rows: 3 }} title={false} />}
      items={
        appInfo && [
          { key: 'version', label: t('settings.about.version'), children: `${appInfo.name} ${appInfo.version}` },
          {
            key: 'mode',
            label: t('settings.about.mode'),
            children: appInfo.mode === 'electron' ? t('settings.about.mode.electron') : t('settings.about.mode.browser'),
          },
          { key: 'platform', label: t('settings.about.platform'), children: appInfo.platform },
          {
            key: 'folder',
            label: t('settings.about.folder'),
            children: <Typography.Text copyable style={{ wordBreak: 'break-all' }}>{appInfo.workspacesFolder}</Typography.Text>,
          },
        ]
      }
    />
  );
}
