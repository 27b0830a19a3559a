import { Alert } from 'antd';
import { useT } from '../i18n/hooks';
import { useAppStore } from '../store/app-store';

/** Says plainly when the live connection to the back end is down, and what to do. */
export function ConnectionBanner() {
  const t = useT();
  const connection = useAppStore((state) => state.connection);
  // A failed start is explained on the page itself (StartupError); one message is enough.
  const startupFailed = useAppStore((state) => state.startupError !== null);

  if (startupFailed) return null;
  if (connection === 'lost') return <Alert banner type="error" title={t('connection.lost')} />;
  if (connection === 'reconnecting') return <Alert banner type="warning" title={t('connection.reconnecting')} />;
  return null;
}
