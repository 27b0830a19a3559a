import type { SupplyDeskApi } from '../../shared/contract/api';
import { callerApi } from '../../shared/contract/api-calls';
import { ConnectionMonitor } from './connection';
import { createHttpTransport } from './http-transport';
import { takeSessionToken } from './session-token';

export interface Backend {
  api: SupplyDeskApi;
  connection: ConnectionMonitor;
}

let backend: Backend | null = null;

/** The one API object: Electron's preload bridge when present, else the browser-mode HTTP bridge. */
export function getBackend(): Backend {
  if (backend) return backend;
  if (window.supplydesk) {
    backend = { api: window.supplydesk, connection: new ConnectionMonitor('open') };
  } else {
    const transport = createHttpTransport(takeSessionToken());
    backend = { api: callerApi(transport.invoke, transport.subscribe), connection: transport.connection };
  }
  return backend;
}

export function getApi(): SupplyDeskApi {
  return getBackend().api;
}
