import { Empty, Tag, Typography } from 'antd';
import { useFormat, useT } from '../../i18n/hooks';
import { useAppStore } from '../../store/app-store';
import { FactsCard } from './FactsCard';

export function WorkspaceSettings() {
  const t = useT();
  const format = useFormat();
  const workspace = useAppStore((state) => state.workspace);

  return (
    <FactsCard
      title={t('settings.workspace')}
      placeholder={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workspace.none')} />}
      items={
        workspace && [
          { key: 'name', label: t('settings.workspace.name'), children: workspace.name },
          {
            key: 'kind',
            label: t('settings.workspace.kind'),
            children:
              workspace.kind === 'demo' ? (
                <Tag color="gold" variant="filled">{t('settings.workspace.kind.demo')}</Tag>
              ) : (
                t('settings.workspace.kind.user')
              ),
          },
          {
            key: 'path',
            label: t('settings.workspace.path'),
            children: (
              <Typography.Text copyable style={{ wordBreak: 'break-all' }} data-testid="workspace-path">
                {workspace.path}
              </Typography.Text>
            ),
          },
          { key: 'schema', label: t('settings.workspace.schemaVersion'), children: workspace.schemaVersion },
          { key: 'created', label: t('settings.workspace.created'), children: format.dateTime(workspace.createdAt) },
          ...(workspace.asOf ? [{ key: 'asOf', label: t('settings.workspace.asOf'), children: format.date(workspace.asOf) }] : []),
        ]
      }
    />
  );
}
