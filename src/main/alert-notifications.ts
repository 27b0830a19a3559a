import { Notification, type BrowserWindow } from 'electron';
import type { AppContext } from '../core/app/app-context';
import { desktopNotice, noticeLocale } from './alert-notice-text';

/**
 * Shows a desktop notification for new high-priority alerts; a click brings the window forward and
 * asks the renderer to show the alert (the `alerts:focus` event). Returns the unsubscribe.
 */
export function showAlertNotifications(ctx: AppContext, window: () => BrowserWindow | null): () => void {
  return ctx.events.subscribe((event, payload) => {
    if (event !== 'alerts:new' || !Notification.isSupported()) return;
    const notice = desktopNotice(payload as Parameters<typeof desktopNotice>[0], noticeLocale(ctx.settings.settings.locale, ctx.host.systemLocale));
    if (!notice) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    notification.on('click', () => {
      const win = window();
      if (win && !win.isDestroyed()) {
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
      }
      ctx.events.emit('alerts:focus', { id: notice.alertId });
    });
    notification.show();
  });
}
