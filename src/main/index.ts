import path, { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { AppContext } from '../core/app/app-context';
import { openStartupWorkspace } from '../core/app/demo-launcher';
import { checkHandlerOutputs } from '../core/app/dispatch';
import { createHandlerTable } from '../core/app/handlers';
import { localeFromTag } from '../core/app/system-locale';
import { setNativeBindingPath } from '../core/db/native-binding';
import { isAppError } from '../core/ground/errors/app-error';
import { boundHeapGrowth } from '../core/ground/heap-growth';
import workerPath from '../core/app/jobs/worker?modulePath';
import { showAlertNotifications } from './alert-notifications';
import { pickFileToRead, pickFolder, revealFile } from './file-dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { installAboutPanel, installMenu } from './menu';
import { electronSqliteBinding } from './native-sqlite';
import { workspaceFromArgv } from './open-requests';
import { guardAllWebContents, registerAppScheme, serveRenderer } from './hardening';
import { createMainWindow, devServerUrl, origin, rendererDir } from './window';

let mainWindow: BrowserWindow | null = null;
let ctx: AppContext | null = null;
/** A workspace the OS asked us to open before the app was ready (macOS `open-file` at launch). */
let pendingOpen: string | null = null;

async function pickFile(purpose: 'open' | 'create', suggestedName?: string): Promise<string | null> {
  const filters = [{ name: 'SupplyDesk workspace', extensions: ['supplydesk'] }];
  if (purpose === 'open') {
    const result = await dialog.showOpenDialog({ properties: ['openFile'], filters });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const result = await dialog.showSaveDialog({ defaultPath: `${suggestedName ?? 'Workspace'}.supplydesk`, filters });
  return result.canceled ? null : (result.filePath ?? null);
}

function focusWindow(): void {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
}

/**
 * Open a workspace the user chose outside the app (double-click, command line, Dock). A damaged
 * one is refused and put on the recent list, so Settings → Backups can offer its backups.
 */
function openFromOs(context: AppContext, file: string): void {
  try {
    context.open(file);
  } catch (error) {
    const damaged = isAppError(error) && error.code === 'workspace_damaged';
    if (damaged) {
      context.settings.rememberOpened({ path: path.resolve(file), name: path.basename(file, '.supplydesk'), kind: 'user' });
      // Remembering it made it the "last opened": hand that back to whatever is open.
      const open = context.workspace;
      if (open) context.settings.rememberOpened({ path: open.path, name: open.meta.name, kind: open.meta.kind });
      else context.settings.forgetLastOpened();
    }
    dialog.showErrorBox(
      'SupplyDesk could not open this workspace',
      `${error instanceof Error ? error.message : String(error)}${damaged ? '\n\nIt was left as it is. Restore it from a backup in Settings → Backups.' : ''}`,
    );
  }
  focusWindow();
}

async function start(): Promise<void> {
  // Before any window exists: every web contents is guarded from birth, the renderer is served from app://.
  guardAllWebContents(origin);
  if (!devServerUrl) serveRenderer(rendererDir);
  setNativeBindingPath(electronSqliteBinding(process.resourcesPath, app.isPackaged));
  // Handler outputs are checked against the contract in development only: the packaged app skips it for speed.
  checkHandlerOutputs(!app.isPackaged);
  // The jobs' threads (a forecast run at 50,000 SKUs and its workers) keep their garbage in proportion (heap-growth.ts).
  boundHeapGrowth();
  const context = new AppContext({
    host: { mode: 'electron', version: app.getVersion(), systemLocale: localeFromTag(app.getLocale()), pickFile, pickFileToRead, pickFolder, revealFile },
    home: app.getPath('userData'),
    workerEntry: workerPath,
  });
  ctx = context;
  registerIpc(createHandlerTable(context), { origin });
  showAlertNotifications(context, () => mainWindow);
  installMenu();
  installAboutPanel();
  const requested = pendingOpen ?? workspaceFromArgv(process.argv, process.cwd());
  pendingOpen = null;
  if (requested) openFromOs(context, requested);
  else openStartupWorkspace(context);

  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const show = () => {
    mainWindow = createMainWindow(stateFile);
    const stopForwarding = forwardEvents(context, mainWindow);
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
  app.on('before-quit', () => void context.shutdown());
}

// One SupplyDesk at a time: a second launch focuses the first window and opens the file it was given.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = workspaceFromArgv(argv, workingDirectory);
    if (file && ctx) openFromOs(ctx, file);
    else focusWindow();
  });
  // macOS hands files over by event (Finder double-click, Dock), also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (ctx) openFromOs(ctx, file);
    else pendingOpen = file;
  });
  registerAppScheme();
  app.setPath('userData', join(app.getPath('appData'), 'SupplyDesk'));
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('SupplyDesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
