import type { Envelope, Invoke, Subscribe } from '../../shared/contract/api';
import type { ErrorCode } from '../../shared/contract/errors';
import { eventNames, type EventName } from '../../shared/contract/events';
import { ConnectionMonitor } from './connection';

function failure(code: ErrorCode, message: string, details: Record<string, unknown>): Envelope<never> {
  return { ok: false, error: { code, message, details } };
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  return (body as { ok: unknown }).ok === true ? 'value' in body : 'error' in body;
}

/** Browser mode: calls are `POST /api/call/<channel>`, events come over one shared EventSource. */
export function createHttpTransport(token: string | null) {
  const connection = new ConnectionMonitor('connecting');

  const invoke: Invoke = async (channel, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/call/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      return failure('internal', 'SupplyDesk could not be reached', { reason: 'unreachable', cause: String(error) });
    }
    // The token is per run of the server: a 401 means the server was restarted under us.
    if (response.status === 401) {
      return failure('invalid_input', 'session expired, restart', { reason: 'session_expired' });
    }
    try {
      const body: unknown = await response.json();
      if (isEnvelope(body)) return body;
    } catch {
      // fall through: not JSON
    }
    return failure('internal', `unexpected response (HTTP ${response.status})`, { status: response.status });
  };

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  // One EventSource for the whole app, opened on first use. EventSource cannot send headers: it
  // is let in by the HttpOnly session cookie the server set on the first page load, never by a
  // token in its URL.
  function ensureSource(): void {
    if (source) return;
    source = new EventSource('/api/events');
    source.onopen = () => connection.set('open');
    source.onerror = () => {
      // EventSource retries by itself unless the server refused us (CLOSED).
      connection.set(source?.readyState === EventSource.CLOSED ? 'lost' : 'reconnecting');
    };
    for (const name of eventNames) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  const subscribe: Subscribe = (event, listener) => {
    ensureSource();
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  };

  return { invoke, subscribe, connection };
}
