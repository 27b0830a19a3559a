import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridgeRequest } from '../../test/helpers/bridge-request';
import { testAppContext } from '../../test/helpers/app-context';
import { useTempDir } from '../../test/helpers/temp-dir';
import type { AppContext } from '../core/app/app-context';
import { exportFilePath } from '../core/app/exports-folder';
import { createHandlerTable } from '../core/app/handlers';
import { startBridge, type Bridge } from './bridge';

describe('security: browser-mode uploads and downloads', () => {
  const tempDir = useTempDir();
  let home: string;
  let ctx: AppContext;
  let bridge: Bridge;

  beforeEach(async () => {
    home = tempDir();
    const staticDir = path.join(home, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    ctx = testAppContext(home);
    bridge = await startBridge({ ctx, table: createHandlerTable(ctx), staticDir });
  });
  afterEach(async () => {
    await bridge.close();
    await ctx.shutdown();
  });

  it('stores an upload byte for byte in a private folder, and only then may the API name it', async () => {
    const content = Buffer.from('sku,日期,销量\r\nA-1,2026-01-02,3\r\n', 'utf8');
    const reply = await bridgeRequest(bridge, { path: `/api/files/upload?name=${encodeURIComponent('销量 ../x.csv')}`, method: 'POST', raw: content });
    const body = JSON.parse(reply.body) as { ok: boolean; value: { path: string; name: string; bytes: number } };
    expect(body.ok).toBe(true);
    expect(body.value.bytes).toBe(content.length);
    expect(body.value.name).toBe('销量 ../x.csv');
    expect(path.relative(path.join(home, 'uploads'), body.value.path).startsWith('..')).toBe(false);
    expect(path.basename(body.value.path)).toBe('销量 .._x.csv');
    expect(fs.readFileSync(body.value.path).equals(content)).toBe(true);
    expect(ctx.paths.checkToRead(body.value.path)).toBe(body.value.path);
    expect(() => ctx.paths.checkToRead(path.join(home, 'uploads', 'other.csv'))).toThrow(/may not read/);
    // Uploaded to be read, never a workspace to write.
    expect(() => ctx.paths.check(body.value.path)).toThrow(/may not use/);
  });

  it('refuses uploads without the token or a name', async () => {
    expect((await bridgeRequest(bridge, { path: '/api/files/upload?name=a.csv', method: 'POST', token: null, raw: 'x' })).status).toBe(401);
    const noName = JSON.parse((await bridgeRequest(bridge, { path: '/api/files/upload', method: 'POST', raw: 'x' })).body) as { ok: boolean };
    expect(noName.ok).toBe(false);
    expect(fs.existsSync(path.join(home, 'uploads'))).toBe(false);
  });

  it('downloads an export by name, as an attachment with its Unicode name', async () => {
    const file = exportFilePath(ctx, '补货计划 2026-11-29.csv');
    fs.writeFileSync(file, 'sku,qty\nA,1\n');
    const reply = await bridgeRequest(bridge, { path: `/api/files/exports/${encodeURIComponent(path.basename(file))}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('sku,qty\nA,1\n');
    expect(reply.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('补货计划 2026-11-29.csv')}`);
    expect(reply.headers['content-type']).toMatch(/^text\/csv/);
  });

  it('hands out nothing outside the exports folder and nothing without the token', async () => {
    fs.writeFileSync(path.join(home, 'settings-copy.json'), '{}');
    const file = exportFilePath(ctx, 'plan.json');
    fs.writeFileSync(file, '{}');
    expect((await bridgeRequest(bridge, { path: '/api/files/exports/plan.json', token: null })).status).toBe(401);
    for (const name of ['..%2Fsettings-copy.json', '%2E%2E%2Fsettings-copy.json', '..%5Csettings-copy.json', 'missing.csv', '%E0%A4%A']) {
      expect((await bridgeRequest(bridge, { path: `/api/files/exports/${name}` })).status, name).toBe(404);
    }
  });
});
