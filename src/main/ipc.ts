import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { AppContext } from '../core/app/app-context';
import type { HandlerTable } from '../core/app/handlers';
import { channelNames } from '../shared/contract/channels';
import { IPC_EVENT_CHANNEL } from '../shared/contract/ipc';
import { guardedCall, type AppLocation } from './ipc-guard';

/** Register one `ipcMain.handle` per channel; every call is checked for its sender first. */
export function registerIpc(table: HandlerTable, app: AppLocation): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      guardedCall(table, app, channel, event.senderFrame?.url ?? '', input),
    );
  }
}

/** Forward back-end events to the window while it lives. */
export function forwardEvents(ctx: AppContext, window: BrowserWindow): () => void {
  return ctx.events.subscribe((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  });
}
