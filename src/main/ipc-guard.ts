import type { Envelope } from '../shared/contract/api';
import { dispatch } from '../core/app/dispatch';
import type { HandlerTable } from '../core/app/handlers';
import { isAppUrl } from './security';

export interface AppLocation {
  /** The app's own origin: `app://supplydesk`, or the dev server's while developing. */
  origin: string;
}

/**
 * One IPC call: refused unless it comes from the app's own page, then parsed against the
 * channel's schema (inside `dispatch`) before any handler runs. Kept free of Electron so the
 * security tests can drive it directly.
 */
export function guardedCall(table: HandlerTable, app: AppLocation, channel: string, senderUrl: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isAppUrl(senderUrl, app.origin)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'invalid_input', message: 'Refused: not sent by SupplyDesk', details: { reason: 'sender' } },
    });
  }
  return dispatch(table, channel, input);
}
