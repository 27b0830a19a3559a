import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../shared/contract/api';
import { buildApi } from '../shared/contract/build-api';
import { eventNames, type EventName } from '../shared/contract/events';
import { IPC_EVENT_CHANNEL } from '../shared/contract/ipc';

/**
 * Exposes exactly one object, `window.supplydesk`, built from the contract:
 * the page gets typed functions, never ipcRenderer itself.
 */
const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
  (event, listener) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${event}`);
    const handler = (_: unknown, name: EventName, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
);

contextBridge.exposeInMainWorld('supplydesk', api);
