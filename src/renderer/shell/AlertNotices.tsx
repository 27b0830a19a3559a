import { App, Button } from 'antd';
import { useEffect, useRef } from 'react';
import type { EventPayload } from '../../shared/contract/events';
import { getApi } from '../api/backend';
import { hasNativeFileDialogs } from '../api/files';
import { useFormat, useT } from '../i18n/hooks';
import { alertKindLabel, alertSubject } from '../components/alerts/alert-text';
import { navigate } from '../hooks/route';

/** Alerts shown in an in-app notice, before "Show alerts". */
const NOTICE_LINES = 3;
/** Long enough to read over coffee, short enough not to sit on the page all day. */
const NOTICE_SECONDS = 30;

/**
 * New high-priority alerts: in browser mode an in-app notice (the desktop app shows a system
 * notification from the main process instead); a click on that notification opens the alert here.
 */
export function AlertNotices() {
  const t = useT();
  const format = useFormat();
  const { notification } = App.useApp();
  // Listeners are registered once; they read the current language through this ref.
  const latest = useRef({ t, format, notification });
  useEffect(() => {
    latest.current = { t, format, notification };
  });

  useEffect(() => {
    const api = getApi();
    const stopNew = api.on('alerts:new', (payload: EventPayload<'alerts:new'>) => {
      if (hasNativeFileDialogs()) return;
      const { t, format, notification } = latest.current;
      const first = payload.alerts[0];
      notification.warning({
        key: 'alerts-new',
        title: t('alerts.notice.title', { count: payload.total }),
        description: (
          <div data-testid="alert-notice">
            {payload.alerts.slice(0, NOTICE_LINES).map((a) => (
              <div key={a.id}>
                {alertKindLabel(t, a.kind)}
                {alertSubject(a) ? ` · ${alertSubject(a)}` : ''} · {format.moneyWhole(a.money, a.currency)}
              </div>
            ))}
          </div>
        ),
        actions: (
          <Button
            size="small"
            type="primary"
            data-testid="alert-notice-show"
            onClick={() => {
              notification.destroy('alerts-new');
              navigate('alerts', first ? String(first.id) : undefined);
            }}
          >
            {t('alerts.notice.show')}
          </Button>
        ),
        placement: 'bottomRight',
        duration: NOTICE_SECONDS,
      });
    });
    const stopFocus = api.on('alerts:focus', ({ id }) => navigate('alerts', String(id)));
    return () => {
      stopNew();
      stopFocus();
    };
  }, []);
  return null;
}
