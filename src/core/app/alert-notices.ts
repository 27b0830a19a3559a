import type { AlertNotice } from '../../shared/contract/schemas/monitoring';
import type { EventBus } from './event-bus';

/** At most this many alerts travel with the event; the notice says how many there are in all. */
export const NOTICE_ALERTS = 5;

/**
 * Tells every window about newly raised high-priority alerts: Electron main turns the event into a
 * desktop notification, the browser mode into an in-app notice. Quiet when there is nothing new.
 */
export function announceNewAlerts(ctx: { events: EventBus }, alerts: readonly AlertNotice[]): void {
  const high = alerts.filter((a) => a.priority === 'high').sort((a, b) => b.money - a.money);
  if (high.length === 0) return;
  ctx.events.emit('alerts:new', { alerts: high.slice(0, NOTICE_ALERTS), total: high.length });
}
