import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/hooks';
import { AboutSettings } from './AboutSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { BackupSettings } from './BackupSettings';
import { WorkspaceSettings } from './WorkspaceSettings';

export function SettingsPage() {
  const t = useT();
  return (
    <div data-testid="page-settings" style={{ display: 'grid', gap: 12, maxWidth: 860 }}>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <AppearanceSettings />
      <WorkspaceSettings />
      <BackupSettings />
      <AboutSettings />
    </div>
  );
}
