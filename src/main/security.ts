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

/** The app's own pages: the dev server in development, the packaged files otherwise. */
export function isAppUrl(url: string, appOrigin: string | null): boolean {
  try {
    const parsed = new URL(url);
    if (appOrigin) return parsed.origin === new URL(appOrigin).origin;
    return parsed.protocol === 'file:';
  } catch {
    return false;
  }
}

/** Only http(s) and mailto links leave the app, and only through the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
