import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { getApi } from '../../../api/backend';
import { useT } from '../../../i18n/hooks';
import { useAppStore } from '../../../store/app-store';
import { errorText, fileKindLabel } from './watch-text';

/**
 * Says what became of each file from a watched folder, on whatever page the user is: imported
 * (and the tables reload), failed with its row and column, or waiting for a mapping. Never silent.
 */
export function WatchNotifications() {
  const t = useT();
  const { notification } = App.useApp();
  // The listener is registered once; it reads the current language through this ref.
  const latest = useRef({ t, notification });
  useEffect(() => {
    latest.current = { t, notification };
  });

  useEffect(
    () =>
      getApi().on('watch:fileSettled', (file) => {
        const { t, notification } = latest.current;
        if (file.status === 'imported') {
          const store = useAppStore.getState();
          void store.reloadTables();
          void store.loadWorkspaceInfo().catch(() => undefined);
          notification.success({
            key: `watch-${file.id}`,
            title: t('watch.notice.imported.title'),
            description: t('watch.notice.imported', { file: file.name, rows: file.rowsStored ?? 0, kind: fileKindLabel(t, file) }),
          });
        } else if (file.status === 'failed') {
          notification.error({
            key: `watch-${file.id}`,
            title: t('watch.notice.failed.title'),
            description: t('watch.notice.failed', { file: file.name, problem: file.error ? errorText(t, file.error) : '' }),
            duration: 0,
          });
        } else if (file.status === 'skipped-no-mapping') {
          notification.warning({
            key: `watch-${file.id}`,
            title: t('watch.notice.noMapping.title'),
            description: t('watch.notice.noMapping', { file: file.name }),
            duration: 0,
          });
        }
      }),
    [],
  );
  return null;
}
