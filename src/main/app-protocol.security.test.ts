import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appResponseHeaders, resolveAppRequest } from './app-protocol';
import { RENDERER_CSP_HEADER } from '../core/app/renderer-files';

const rendererDir = path.resolve('/opt/SupplyDesk/resources/app.asar/out/renderer');

describe('security: app:// protocol serving the renderer', () => {
  it('is a standard secure scheme without powers that would weaken it', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    const privileges = APP_SCHEME_PRIVILEGES.privileges ?? {};
    expect(privileges.bypassCSP).toBeFalsy();
    expect(privileges.corsEnabled).toBeFalsy();
    expect(privileges.allowServiceWorkers).toBeFalsy();
  });

  it('serves the renderer files, index.html for the root', () => {
    expect(resolveAppRequest('app://supplydesk/', rendererDir)).toEqual({ ok: true, file: path.join(rendererDir, 'index.html') });
    expect(resolveAppRequest('app://supplydesk/index.html#/settings', rendererDir)).toEqual({ ok: true, file: path.join(rendererDir, 'index.html') });
    expect(resolveAppRequest('app://supplydesk/assets/index-Ab12.js?v=1', rendererDir)).toEqual({
      ok: true,
      file: path.join(rendererDir, 'assets', 'index-Ab12.js'),
    });
    expect(resolveAppRequest('app://supplydesk/assets/%E5%9B%BE.png', rendererDir)).toEqual({ ok: true, file: path.join(rendererDir, 'assets', '图.png') });
    expect(resolveAppRequest('app://supplydesk/index.html', rendererDir, 'HEAD')).toMatchObject({ ok: true });
  });

  it('refuses every way out of the renderer folder', () => {
    // Plain dot segments are folded by the URL parser (as Chromium does) and stay inside.
    for (const folded of ['app://supplydesk/../secret.txt', 'app://supplydesk/%2e%2e/secret.txt', 'app://supplydesk/.%2e/secret.txt', 'app://supplydesk/a/../../secret.txt']) {
      expect(resolveAppRequest(folded, rendererDir), folded).toEqual({ ok: true, file: path.join(rendererDir, 'secret.txt') });
    }
    for (const attempt of [
      'app://supplydesk/..%2fsecret.txt',
      'app://supplydesk/assets/..%2f..%2f..%2fsecret.txt',
      'app://supplydesk/..%5c..%5csecret.txt',
      'app://supplydesk/assets%5c..%5c..%5csecret.txt',
      'app://supplydesk/%2fetc%2fpasswd',
      'app://supplydesk/C:%5cWindows%5cwin.ini',
      'app://supplydesk/C:/Windows/win.ini',
      'app://supplydesk/index.html%00.png',
      'app://supplydesk/assets/.%2f..%2f..%2fsecret.txt',
    ]) {
      expect(resolveAppRequest(attempt, rendererDir), attempt).toMatchObject({ ok: false, status: 403 });
    }
    expect(resolveAppRequest('app://supplydesk/%E0%A4%A', rendererDir)).toEqual({ ok: false, status: 400 });
  });

  it('answers only its own host and only reads', () => {
    expect(resolveAppRequest('app://other/index.html', rendererDir)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('app://supplydesk.evil/index.html', rendererDir)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('file:///etc/passwd', rendererDir)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('app://supplydesk/index.html', rendererDir, 'POST')).toEqual({ ok: false, status: 405 });
  });

  it('sends every file with its type, the CSP and no sniffing', () => {
    expect(appResponseHeaders(path.join(rendererDir, 'index.html'))).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': RENDERER_CSP_HEADER,
      'x-content-type-options': 'nosniff',
    });
    expect(appResponseHeaders(path.join(rendererDir, 'assets', 'x.js'))['content-type']).toBe('text/javascript; charset=utf-8');
    expect(appResponseHeaders(path.join(rendererDir, 'assets', 'x.bin'))['content-type']).toBe('application/octet-stream');
  });
});
