import { App, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { getApi } from '../api/backend';
import { navigate } from '../hooks/route';
import { useT } from '../i18n/hooks';

/**
 * A large workspace opens without walking every page; the check runs afterwards in the
 * background. If it finds damage, say so at once and lead to Settings (Check for damage, backups).
 */
export function DamageNotice() {
  const t = useT();
  const { notification } = App.useApp();
  // The listener is registered once; it reads the current language through this ref.
  const latest = useRef({ t, notification });
  useEffect(() => {
    latest.current = { t, notification };
  });

  useEffect(
    () =>
      getApi().on('workspace:damaged', (report) => {
        const { t, notification } = latest.current;
        notification.error({
          key: 'workspace-damaged',
          title: t('backup.check.bad'),
          description: <div data-testid="damage-notice">{t('backup.check.background', { count: report.problems.length, file: report.workspacePath })}</div>,
          actions: (
            <Button
              size="small"
              type="primary"
              onClick={() => {
                notification.destroy('workspace-damaged');
                navigate('settings');
              }}
            >
              {t('backup.check.open')}
            </Button>
          ),
          placement: 'bottomRight',
          duration: 0,
        });
      }),
    [],
  );
  return null;
}
