import { devicePermissionDecision, navigationAllowed, permissionDecision, windowOpenDecision } from './security';

/*
 * The app-wide guards every web contents gets the moment it is created (windows, and anything a
 * page might try to create), wired with the pure decisions of security.ts. Written against the
 * few members of Electron's WebContents and Session they use, so a test can drive them with
 * stand-ins: nothing here can launch Electron.
 */

interface Preventable {
  preventDefault(): void;
}
interface NavigationEvent extends Preventable {
  url: string;
}

export interface GuardedContents {
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  readonly session: GuardedSession;
}

export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: { deviceType: string }) => boolean): void;
  on(event: 'select-hid-device', listener: (event: Preventable, details: unknown, callback: (deviceId?: string | null) => void) => void): unknown;
  on(event: 'select-usb-device', listener: (event: Preventable, details: unknown, callback: (deviceId?: string) => void) => void): unknown;
  on(event: 'select-serial-port', listener: (event: Preventable, ports: unknown, contents: unknown, callback: (portId: string) => void) => void): unknown;
}

export interface GuardOptions {
  /** The app's own origin: `app://supplydesk`, or the dev server's. */
  origin: string;
  /** Hands a safe link to the OS (shell.openExternal); only called with https: or mailto: URLs. */
  openExternal(url: string): void;
}

const hardenedSessions = new WeakSet<GuardedSession>();

/** Every permission and device request refused, and device pickers cancelled, once per session. */
export function hardenSession(session: GuardedSession): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.setDevicePermissionHandler((details) => devicePermissionDecision(details.deviceType));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
}

/**
 * No `<webview>`, no navigation or redirect of any frame away from the app, no new windows
 * (safe links go to the OS browser instead), and a hardened session.
 */
export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const keepInApp = (event: NavigationEvent) => {
    if (!navigationAllowed(event.url, options.origin)) event.preventDefault();
  };
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) options.openExternal(url);
    return { action: decision.action };
  });
  hardenSession(contents.session);
}
