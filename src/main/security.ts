import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebPreferences } from 'electron';

/** Electron's security checklist, in one place so a test can hold it to account. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

/**
 * The app's own pages: the dev server in development; otherwise the built renderer's files,
 * and only those when `rendererDir` is given (a `file://` page elsewhere on disk is a stranger).
 */
export function isAppUrl(url: string, appOrigin: string | null, rendererDir?: string): boolean {
  try {
    const parsed = new URL(url);
    if (appOrigin) return parsed.origin === new URL(appOrigin).origin;
    if (parsed.protocol !== 'file:') return false;
    if (!rendererDir) return true;
    const relative = path.relative(rendererDir, fileURLToPath(parsed));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}

/** What the window does when the page tries to open a window: never in the app; safe links go to the OS browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/** Camera, microphone, notifications, geolocation…: SupplyDesk needs none, so every request is refused. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** Only http(s) and mailto links leave the app, and only through the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
