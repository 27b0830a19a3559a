import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAppContext } from '../../test/helpers/app-context';
import { useTempDir } from '../../test/helpers/temp-dir';
import { bridgeRequest as request } from '../../test/helpers/bridge-request';
import type { AppContext } from '../core/app/app-context';
import { createHandlerTable } from '../core/app/handlers';
import { startBridge, type Bridge } from './bridge';

describe('security: browser bridge', () => {
  const tempDir = useTempDir();
  let ctx: AppContext;
  let bridge: Bridge;
  let staticDir: string;

  beforeEach(async () => {
    const home = tempDir();
    staticDir = path.join(home, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>SupplyDesk</title>');
    fs.writeFileSync(path.join(home, 'secret.txt'), 'secret');
    ctx = testAppContext(home);
    bridge = await startBridge({ ctx, table: createHandlerTable(ctx), staticDir });
  });
  afterEach(async () => {
    await bridge.close();
    await ctx.shutdown();
  });

  it('listens on loopback only and prints a URL with the token', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[\\w-]{20,}$`));
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await request(bridge, { path: '/api/call/app:info', method: 'POST', token: null, body: {} })).status).toBe(401);
    expect((await request(bridge, { path: '/api/call/app:info', method: 'POST', token: 'wrong', body: {} })).status).toBe(401);
    expect((await request(bridge, { path: '/api/events', token: null })).status).toBe(401);
    const ok = await request(bridge, { path: '/api/call/app:info', method: 'POST', body: {} });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { name: 'SupplyDesk', mode: 'browser' } });
  });

  it('refuses a request whose Host is not our own (DNS rebinding)', async () => {
    const reply = await request(bridge, { path: '/api/call/app:info', method: 'POST', host: 'evil.example:80', body: {} });
    expect(reply.status).toBe(403);
    expect((await request(bridge, { path: '/', host: `attacker.test:${bridge.port}` })).status).toBe(403);
  });

  it('refuses input that fails its schema, naming the field', async () => {
    const reply = await request(bridge, { path: '/api/call/workspace:create', method: 'POST', body: { name: '' } });
    const envelope = JSON.parse(reply.body);
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('invalid_input');
    expect(envelope.error.message).toMatch(/name/);
    const extra = JSON.parse((await request(bridge, { path: '/api/call/jobs:cancel', method: 'POST', body: { jobId: 'x', rm: '-rf' } })).body);
    expect(extra.error.code).toBe('invalid_input');
  });

  it('refuses paths outside the folders the user chose', async () => {
    const reply = await request(bridge, { path: '/api/call/workspace:open', method: 'POST', body: { path: '/etc/passwd' } });
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'invalid_input' });
    const escape = path.join(ctx.workspacesFolder, '..', 'escape.supplydesk');
    const created = await request(bridge, { path: '/api/call/workspace:create', method: 'POST', body: { name: 'x', path: escape } });
    expect(JSON.parse(created.body).error).toMatchObject({ code: 'invalid_input' });
    expect(fs.existsSync(escape)).toBe(false);
  });

  it('does not serve files outside the built renderer', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await request(bridge, { path: attempt });
      expect(reply.body, attempt).not.toContain('secret');
    }
  });

  it('answers an unknown channel with a typed error', async () => {
    const reply = await request(bridge, { path: '/api/call/nope:nothing', method: 'POST', body: {} });
    expect(JSON.parse(reply.body).error.code).toBe('not_found');
  });
});
