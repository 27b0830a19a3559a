import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL, appOrigin, secureWebPreferences } from './security';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, readWindowState, writeWindowState } from './window-state';

/** The dev server's address while developing; null when loading the built files. */
export const devServerUrl = process.env.ELECTRON_RENDERER_URL ?? null;
/** The built renderer's folder, served as `app://supplydesk/` (never loaded as `file://`). */
export const rendererDir = join(import.meta.dirname, '../renderer');
/** The only origin whose pages are the app: navigation, IPC and windows are held to it. */
export const origin = appOrigin(devServerUrl);

/**
 * The main window, reopened where and how the user left it (`stateFile` in the app's data folder).
 * Navigation, window-opening and permission guards are installed app-wide (hardening.ts).
 */
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

  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
