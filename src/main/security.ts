import type { WebPreferences } from 'electron';

/**
 * The app's own origin in the desktop app: the built renderer is served from this privileged
 * scheme (see app-protocol.ts), never from `file://`, so a file on disk is never "the app".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'supplydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

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
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Where the app's pages come from: the dev server while developing, else `app://supplydesk`. */
export function appOrigin(devServerUrl: string | null): string {
  return devServerUrl ?? APP_ORIGIN;
}

/**
 * True when `url` is one of the app's own pages: same scheme, host and port as `origin`.
 * (Compared by hand: for a custom scheme such as `app:` the URL parser reports the origin "null".)
 */
export function isAppUrl(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    const own = new URL(origin);
    return parsed.protocol === own.protocol && parsed.host === own.host && parsed.host !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * May a frame navigate (or be redirected) to `url`? Only within the app: a link to the web opens
 * in the OS browser through the window-open handler, never inside the app's window.
 */
export function navigationAllowed(url: string, origin: string): boolean {
  return isAppUrl(url, origin);
}

/** What happens when the page tries to open a window: never in the app; safe links go to the OS browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/** Camera, microphone, notifications, geolocation…: SupplyDesk needs none, so every request is refused. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** USB, HID, serial and Bluetooth devices: none is ever handed to a page. */
export function devicePermissionDecision(_deviceType: string): boolean {
  return false;
}

/**
 * Only https and mailto links leave the app, through the OS browser or mail program. Plain
 * http is refused (it can be tampered with on the way), and so is every scheme that starts a
 * local program or reaches the file system (file:, smb:, ms-settings:, javascript:, …).
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return true;
    return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
