import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardWebContents, hardenSession, type GuardedContents, type GuardedSession } from './contents-guards';
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../core/app/renderer-files';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appOrigin,
  devicePermissionDecision,
  isAppUrl,
  isSafeExternalUrl,
  navigationAllowed,
  permissionDecision,
  secureWebPreferences,
  windowOpenDecision,
} from './security';

const rendererDir = '/opt/SupplyDesk/resources/app.asar/out/renderer';

describe('security: Electron window', () => {
  it('follows the checklist: isolated, sandboxed, no Node in the page, no <webview>', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('the app is app://supplydesk (or the dev server), never a file on disk', () => {
    expect(appOrigin(null)).toBe('app://supplydesk');
    expect(APP_ENTRY_URL).toBe('app://supplydesk/index.html');
    expect(appOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(isAppUrl('app://supplydesk/index.html#/data', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://supplydesk/assets/index-abc.js', APP_ORIGIN)).toBe(true);
    expect(isAppUrl(`file://${rendererDir}/index.html`, APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://other/index.html', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://supplydesk.attacker.example/', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://x@supplydesk/', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/data', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', APP_ORIGIN)).toBe(false);
  });

  it('no frame may navigate or be redirected away from the app', () => {
    expect(navigationAllowed('app://supplydesk/index.html#/settings', APP_ORIGIN)).toBe(true);
    for (const target of [
      'https://attacker.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      `file://${rendererDir}/index.html`,
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'app://evil/',
      'chrome://gpu',
    ]) {
      expect(navigationAllowed(target, APP_ORIGIN), target).toBe(false);
    }
  });

  it('a page cannot open windows: every request is denied, only https and mail links go to the OS', () => {
    expect(windowOpenDecision('https://example.com/help')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision('http://example.com/help')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision('app://supplydesk/index.html')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision(`file://${rendererDir}/index.html`)).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
  });

  it('every permission request (camera, notifications, …) and every device is refused', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb']) {
      expect(permissionDecision(permission)).toBe(false);
    }
    for (const device of ['hid', 'serial', 'usb', 'bluetooth']) expect(devicePermissionDecision(device)).toBe(false);
  });

  it('opens only https and mailto links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/help')).toBe(true);
    expect(isSafeExternalUrl('mailto:buyer@example.com')).toBe(true);
    for (const url of [
      'http://example.com/help',
      'https://user:pw@example.com/',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-settings:privacy',
      'vbscript:msgbox',
      'app://supplydesk/index.html',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('security: content security policy', () => {
  it('allows scripts only from the app, and no <base>, forms, plugins or framing', () => {
    const directives = new Map(RENDERER_CSP.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]));
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(RENDERER_CSP_HEADER).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`);
  });

  it('the renderer page carries exactly that policy in its <meta>', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP);
  });
});

/** A stand-in for Electron's WebContents / Session: records handlers and lets a test fire events. */
class FakeSession extends EventEmitter implements GuardedSession {
  request?: Parameters<GuardedSession['setPermissionRequestHandler']>[0];
  check?: Parameters<GuardedSession['setPermissionCheckHandler']>[0];
  device?: Parameters<GuardedSession['setDevicePermissionHandler']>[0];
  setPermissionRequestHandler(handler: NonNullable<FakeSession['request']>) {
    this.request = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['check']>) {
    this.check = handler;
  }
  setDevicePermissionHandler(handler: NonNullable<FakeSession['device']>) {
    this.device = handler;
  }
}
class FakeContents extends EventEmitter implements GuardedContents {
  openHandler?: (details: { url: string }) => { action: 'deny' };
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: NonNullable<FakeContents['openHandler']>) {
    this.openHandler = handler;
  }
  /** Fires an event the way Electron does; true when a listener called preventDefault(). */
  fire(name: string, url?: string): boolean {
    let prevented = false;
    this.emit(name, { url, preventDefault: () => (prevented = true) }, {}, {});
    return prevented;
  }
}

describe('security: guards on every web contents', () => {
  function guarded() {
    const session = new FakeSession();
    const contents = new FakeContents(session);
    const opened: string[] = [];
    guardWebContents(contents, { origin: APP_ORIGIN, openExternal: (url) => opened.push(url) });
    return { contents, session, opened };
  }

  it('refuses every <webview>', () => {
    expect(guarded().contents.fire('will-attach-webview')).toBe(true);
  });

  it('stops any frame navigating or being redirected outside the app, lets the app move within itself', () => {
    const { contents } = guarded();
    for (const event of ['will-frame-navigate', 'will-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'https://attacker.example/'), event).toBe(true);
      expect(contents.fire(event, `file://${rendererDir}/index.html`), event).toBe(true);
      expect(contents.fire(event, 'app://supplydesk/index.html#/data'), event).toBe(false);
    }
  });

  it('denies every new window and hands only https/mailto links to the OS', () => {
    const { contents, opened } = guarded();
    for (const url of ['https://example.com/help', 'mailto:a@example.com', 'http://example.com/', 'file:///etc/passwd', 'app://supplydesk/index.html']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/help', 'mailto:a@example.com']);
  });

  it('refuses permission requests and checks, devices, and cancels device pickers', () => {
    const { session } = guarded();
    const granted: boolean[] = [];
    session.request!(null, 'media', (ok) => granted.push(ok));
    session.request!(null, 'notifications', (ok) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(session.check!(null, 'clipboard-read')).toBe(false);
    expect(session.device!({ deviceType: 'usb' })).toBe(false);
    const picked: unknown[][] = [];
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    session.emit('select-hid-device', event, {}, (...args: unknown[]) => picked.push(args));
    session.emit('select-usb-device', event, {}, (...args: unknown[]) => picked.push(args));
    session.emit('select-serial-port', event, [], null, (...args: unknown[]) => picked.push(args));
    expect(prevented).toBe(3);
    expect(picked).toEqual([[], [], ['']]);
  });

  it('hardens a session once however many web contents share it', () => {
    const session = new FakeSession();
    hardenSession(session);
    hardenSession(session);
    guardWebContents(new FakeContents(session), { origin: APP_ORIGIN, openExternal: () => undefined });
    expect(session.listenerCount('select-hid-device')).toBe(1);
  });
});
