import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl, secureWebPreferences } from './security';

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

  it('opens only web and mail links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/help')).toBe(true);
    expect(isSafeExternalUrl('mailto:buyer@example.com')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
  });
});
