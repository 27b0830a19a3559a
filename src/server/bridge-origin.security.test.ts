import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridgeRequest as request, type Reply } from '../../test/helpers/bridge-request';
import { testAppContext } from '../../test/helpers/app-context';
import { useTempDir } from '../../test/helpers/temp-dir';
import type { AppContext } from '../core/app/app-context';
import { exportFilePath } from '../core/app/exports-folder';
import { createHandlerTable } from '../core/app/handlers';
import { startBridge, type Bridge } from './bridge';

/** The `name=value` of the session cookie a reply sets, if any. */
function setCookie(reply: Reply): string | null {
  const header = reply.headers['set-cookie']?.[0];
  return header ? header.split(';')[0]! : null;
}

describe('security: browser bridge origin, token and session cookie', () => {
  const tempDir = useTempDir();
  let ctx: AppContext;
  let bridge: Bridge;
  let own: string;

  beforeEach(async () => {
    const home = tempDir();
    const staticDir = path.join(home, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>SupplyDesk</title>');
    ctx = testAppContext(home);
    bridge = await startBridge({ ctx, table: createHandlerTable(ctx), staticDir });
    own = `http://127.0.0.1:${bridge.port}`;
  });
  afterEach(async () => {
    await bridge.close();
    await ctx.shutdown();
  });

  it('refuses a cross-origin request even with the valid token', async () => {
    for (const origin of ['https://attacker.example', `http://127.0.0.1:${bridge.port + 1}`, `http://localhost:${bridge.port}`, 'null', 'http://127.0.0.1']) {
      const call = await request(bridge, { path: '/api/call/app:info', method: 'POST', body: {}, headers: { origin } });
      expect(call.status, origin).toBe(403);
      const events = await request(bridge, { path: '/api/events', headers: { origin }, headersOnly: true });
      expect(events.status, origin).toBe(403);
      expect((await request(bridge, { path: '/api/files/upload?name=a.csv', method: 'POST', raw: 'x', headers: { origin } })).status, origin).toBe(403);
    }
    expect(fs.existsSync(path.join(ctx.home, 'uploads'))).toBe(false);
    // The page's own requests name its own origin and go through.
    const same = await request(bridge, { path: '/api/call/app:info', method: 'POST', body: {}, headers: { origin: own } });
    expect(same.status).toBe(200);
  });

  it('refuses API requests another site makes the browser send (fetch metadata), whatever they carry', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const reply = await request(bridge, { path: '/api/call/app:info', method: 'POST', body: {}, headers: { 'sec-fetch-site': site } });
      expect(reply.status, site).toBe(403);
    }
    expect((await request(bridge, { path: '/api/call/app:info', method: 'POST', body: {}, headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
  });

  it('does not take the token from the query string of an API call', async () => {
    const query = `token=${encodeURIComponent(bridge.token)}`;
    expect((await request(bridge, { path: `/api/call/app:info?${query}`, method: 'POST', token: null, body: {} })).status).toBe(401);
    expect((await request(bridge, { path: `/api/events?${query}`, token: null, headersOnly: true })).status).toBe(401);
    const file = exportFilePath(ctx, 'plan.csv');
    fs.writeFileSync(file, 'sku,qty\n');
    expect((await request(bridge, { path: `/api/files/exports/plan.csv?${query}`, token: null })).status).toBe(401);
    expect((await request(bridge, { path: `/api/files/upload?name=a.csv&${query}`, method: 'POST', token: null, raw: 'x' })).status).toBe(401);
  });

  it('the first page load trades the token for an HttpOnly, SameSite=Strict cookie; no token, no cookie', async () => {
    const first = await request(bridge, { path: `/?token=${encodeURIComponent(bridge.token)}`, token: null });
    expect(first.status).toBe(200);
    const header = first.headers['set-cookie']?.[0] ?? '';
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).toMatch(/; Path=\/api\//);
    // The cookie is not the token: it cannot be turned into an Authorization header.
    expect(header).not.toContain(bridge.token);
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect(setCookie(await request(bridge, { path: '/', token: null }))).toBeNull();
    expect(setCookie(await request(bridge, { path: '/?token=wrong', token: null }))).toBeNull();
  });

  it('the cookie lets in the event stream and downloads, not calls or uploads', async () => {
    const cookie = setCookie(await request(bridge, { path: `/?token=${encodeURIComponent(bridge.token)}`, token: null }))!;
    const events = await request(bridge, { path: '/api/events', token: null, headers: { cookie }, headersOnly: true });
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toBe('text/event-stream');
    const file = exportFilePath(ctx, 'plan.csv');
    fs.writeFileSync(file, 'sku,qty\nA,1\n');
    const download = await request(bridge, { path: '/api/files/exports/plan.csv', token: null, headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.body).toBe('sku,qty\nA,1\n');
    expect((await request(bridge, { path: '/api/call/app:info', method: 'POST', token: null, body: {}, headers: { cookie } })).status).toBe(401);
    expect((await request(bridge, { path: '/api/files/upload?name=a.csv', method: 'POST', token: null, raw: 'x', headers: { cookie } })).status).toBe(401);
    // A forged or stale cookie is nothing.
    const forged = `${cookie.split('=')[0]}=${bridge.token}`;
    expect((await request(bridge, { path: '/api/events', token: null, headers: { cookie: forged }, headersOnly: true })).status).toBe(401);
    expect((await request(bridge, { path: '/api/events', token: null, headersOnly: true })).status).toBe(401);
  });

  it('serves the page with the same CSP as its <meta>, plus no framing', async () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)![1];
    const page = await request(bridge, { path: '/' });
    expect(page.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(page.headers['content-security-policy']).toContain("base-uri 'none'");
    expect(page.headers['content-security-policy']).toContain("form-action 'none'");
  });
});
