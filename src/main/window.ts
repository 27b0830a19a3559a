import { join } from 'node:path';
import { BrowserWindow, screen, shell } from 'electron';
import { isAppUrl, permissionDecision, secureWebPreferences, windowOpenDecision } from './security';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, readWindowState, writeWindowState } from './window-state';

/** The dev server's address while developing; null when loading the built files. */
export const devServerUrl = process.env.ELECTRON_RENDERER_URL ?? null;
/** The built renderer's folder: the only `file://` pages that count as the app. */
export const rendererDir = join(import.meta.dirname, '../renderer');

/** The main window, reopened where and how the user left it (`stateFile` in the app's data folder). */
export function createMainWindow(stateFile: string): BrowserWindow {
  const remembered = readWindowState(stateFile);
  const bounds = placeWindow(remembered.bounds, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'SupplyDesk',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => {
    if (remembered.maximized) window.maximize();
    window.show();
  });
  // The normal (not maximized) bounds are kept, so un-maximizing next time restores the old size.
  window.on('close', () => {
    writeWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });

  // No navigation away from the app and no new windows; links open in the OS browser.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl, rendererDir)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
  window.webContents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  window.webContents.session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));

  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(rendererDir, 'index.html'));
  return window;
}
