import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';

export function AboutSettings() {
  const t = useT();
  const appInfo = useAppStore((state) => state.appInfo);

  return (
    <Card size="small" title={t('settings.about')}>
      {appInfo ? (
        <Descriptions
          size="small"
          column={1}
          colon={false}
          styles={{ label: { width: 150 } }}
          items={[
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
          ]}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      )}
    </Card>
  );
}
