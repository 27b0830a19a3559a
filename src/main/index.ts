import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { AppContext } from '../core/app/app-context';
import { openStartupWorkspace } from '../core/app/demo-launcher';
import { createHandlerTable } from '../core/app/handlers';
import { localeFromTag } from '../core/app/system-locale';
import { setNativeBindingPath } from '../core/db/native-binding';
import workerPath from '../core/jobs/worker?modulePath';
import { pickFileToRead, revealFile } from './file-dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { installMenu } from './menu';
import { electronSqliteBinding } from './native-sqlite';
import { createMainWindow, devServerUrl } from './window';

let mainWindow: BrowserWindow | null = null;

async function pickFile(purpose: 'open' | 'create', suggestedName?: string): Promise<string | null> {
  const filters = [{ name: 'SupplyDesk workspace', extensions: ['supplydesk'] }];
  if (purpose === 'open') {
    const result = await dialog.showOpenDialog({ properties: ['openFile'], filters });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const result = await dialog.showSaveDialog({ defaultPath: `${suggestedName ?? 'Workspace'}.supplydesk`, filters });
  return result.canceled ? null : (result.filePath ?? null);
}

async function start(): Promise<void> {
  setNativeBindingPath(electronSqliteBinding(process.resourcesPath, app.isPackaged));
  const ctx = new AppContext({
    host: { mode: 'electron', version: app.getVersion(), systemLocale: localeFromTag(app.getLocale()), pickFile, pickFileToRead, revealFile },
    home: app.getPath('userData'),
    workerEntry: workerPath,
  });
  registerIpc(createHandlerTable(ctx), devServerUrl);
  installMenu();
  openStartupWorkspace(ctx);

  const show = () => {
    mainWindow = createMainWindow();
    const stopForwarding = forwardEvents(ctx, mainWindow);
    mainWindow.on('closed', () => {
      stopForwarding();
      mainWindow = null;
    });
  };
  show();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) show();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => void ctx.shutdown());
}

// One SupplyDesk at a time: a second launch focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.setPath('userData', join(app.getPath('appData'), 'SupplyDesk'));
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('SupplyDesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
