import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl, permissionDecision, secureWebPreferences, windowOpenDecision } from './security';

const rendererDir = '/opt/SupplyDesk/resources/app.asar/out/renderer';

describe('security: Electron window', () => {
  it('follows the checklist: isolated, sandboxed, no Node in the page', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('treats only the app itself as a trusted sender or navigation target', () => {
    expect(isAppUrl('file:///opt/SupplyDesk/resources/app/out/renderer/index.html', null)).toBe(true);
    expect(isAppUrl('https://example.com/', null)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/data', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', null)).toBe(false);
  });

  it('a page cannot navigate away: not to the web, nor to other files on disk', () => {
    expect(isAppUrl(`file://${rendererDir}/index.html#/settings`, null, rendererDir)).toBe(true);
    expect(isAppUrl(`file://${rendererDir}/assets/index.js`, null, rendererDir)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', null, rendererDir)).toBe(false);
    expect(isAppUrl(`file://${rendererDir}/../../secrets.html`, null, rendererDir)).toBe(false);
    expect(isAppUrl('file:///opt/SupplyDesk/resources/app.asar/out/renderer-evil/index.html', null, rendererDir)).toBe(false);
    expect(isAppUrl('https://attacker.example/', null, rendererDir)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', null, rendererDir)).toBe(false);
  });

  it('a page cannot open windows: every request is denied, safe links go to the OS browser', () => {
    expect(windowOpenDecision('https://example.com/help')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision(`file://${rendererDir}/index.html`)).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
  });

  it('every permission request (camera, notifications, …) is refused', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('opens only web and mail links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/help')).toBe(true);
    expect(isSafeExternalUrl('mailto:buyer@example.com')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
  });
});
