import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { openStartupWorkspace } from '../../src/core/app/demo-launcher';
import { createHandlerTable } from '../../src/core/app/handlers';
import { apiCaller, type ApiCall } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

describe('API over one handler table (what both transports serve)', () => {
  const tempDir = useTempDir();
  const contexts: AppContext[] = [];
  afterEach(async () => {
    for (const ctx of contexts.splice(0)) await ctx.shutdown();
  });

  /** Outputs are parsed by the contract the UI is typed against. */
  function setup(): { ctx: AppContext; call: ApiCall } {
    const ctx = testAppContext(tempDir());
    contexts.push(ctx);
    return { ctx, call: apiCaller(createHandlerTable(ctx)) };
  }

  it('first start generates the demo as a job, reports progress and opens it', async () => {
    const { ctx, call } = setup();
    const progress: string[] = [];
    ctx.events.subscribe((event, payload) => {
      if (event === 'job:progress') progress.push((payload as { step: string }).step);
    });
    const changed = new Promise((resolve) => ctx.events.subscribe((event, p) => event === 'workspace:changed' && resolve(p)));
    const job = openStartupWorkspace(ctx);
    expect(job).not.toBeNull();
    await job!.done;
    await changed;
    const current = (await call('workspace:current')) as { kind: string; name: string };
    expect(current.kind).toBe('demo');
    expect(progress.length).toBeGreaterThan(0);
    const info = (await call('workspace:info')) as { products: number; suppliers: number };
    expect(info.products).toBeGreaterThanOrEqual(300);
    expect(info.suppliers).toBeGreaterThanOrEqual(6);
    for (const channel of ['data:products', 'data:suppliers', 'data:supplierTerms', 'data:salesBySku', 'data:salesByWeek', 'data:stock', 'data:purchaseOrders'] as const) {
      const rows = (await call(channel)) as unknown[];
      expect(rows.length, channel).toBeGreaterThan(0);
    }
    const jobs = (await call('jobs:list')) as { status: string }[];
    expect(jobs.map((j) => j.status)).toEqual(['done']);

    // A second start reopens the same workspace instead of generating another demo.
    const again = testAppContext(ctx.home);
    contexts.push(again);
    expect(openStartupWorkspace(again)).toBeNull();
    expect(again.workspace?.path).toBe(ctx.workspace?.path);
  }, 120_000);

  it('creates, lists, reopens and closes an empty workspace', async () => {
    const { call, ctx } = setup();
    const created = (await call('workspace:create', { name: 'Spring range' })) as { path: string; kind: string };
    expect(created.kind).toBe('user');
    expect(path.dirname(created.path)).toBe(ctx.workspacesFolder);
    expect((await call('data:products')) as unknown[]).toEqual([]);
    const second = (await call('workspace:create', { name: 'Spring range' })) as { path: string };
    expect(second.path).not.toBe(created.path);
    const list = (await call('workspace:list')) as { recent: { path: string }[]; files: unknown[] };
    expect(list.recent.map((r) => r.path)).toEqual([second.path, created.path]);
    expect(list.files).toHaveLength(2);
    await call('workspace:open', { path: created.path });
    expect(((await call('workspace:current')) as { path: string }).path).toBe(created.path);
    await call('workspace:close');
    expect(await call('workspace:current')).toBeNull();
    await expect(call('data:products')).rejects.toMatchObject({ code: 'no_workspace' });
  });

  it('serves whole-workspace reads from the read worker, cached until the data changes', async () => {
    const { call, ctx } = setup();
    await call('workspace:create', { name: 'Reads' });
    expect(await call('data:products')).toEqual([]);
    ctx.requireWorkspace().db.prepare("INSERT INTO products (sku, name) VALUES ('NEW-1', 'New shirt')").run();
    // Cached: the same answer until a write says the data changed.
    expect(await call('data:products')).toEqual([]);
    ctx.dataChanged();
    const [product] = (await call('data:products')) as { sku: string }[];
    expect(product?.sku).toBe('NEW-1');
    // Opening another workspace starts a reader on that file.
    await call('workspace:create', { name: 'Other' });
    expect(await call('data:products')).toEqual([]);
  });

  it('a failed open keeps the current workspace open and the file unchanged', async () => {
    const { call, ctx } = setup();
    const good = (await call('workspace:create', { name: 'Good' })) as { path: string };
    const bad = path.join(ctx.workspacesFolder, 'bad.supplydesk');
    fs.writeFileSync(bad, 'not a database');
    await expect(call('workspace:open', { path: bad })).rejects.toMatchObject({ code: 'workspace_not_sqlite' });
    expect(((await call('workspace:current')) as { path: string }).path).toBe(good.path);
    expect(fs.readFileSync(bad, 'utf8')).toBe('not a database');
  });

  it('a last workspace that cannot be opened at start is reported, not silently dropped', async () => {
    const { ctx, call } = setup();
    const file = path.join(ctx.workspacesFolder, 'broken.supplydesk');
    fs.writeFileSync(file, 'not a database at all');
    ctx.settings.rememberOpened({ path: file, name: 'Broken', kind: 'user' });
    expect(await call('workspace:startupProblem')).toBeNull();
    expect(openStartupWorkspace(ctx)).toBeNull();
    expect(await call('workspace:current')).toBeNull();
    expect(await call('workspace:startupProblem')).toMatchObject({ path: file, error: { code: 'workspace_not_sqlite' } });
    // The file itself is left exactly as it was, for a restore.
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database at all');
  });

  it('cancels a demo job and leaves no file behind', async () => {
    const { call, ctx } = setup();
    const finished = new Promise<{ status: string }>((resolve) =>
      ctx.events.subscribe((event, payload) => event === 'job:finished' && resolve(payload as { status: string })),
    );
    const target = path.join(ctx.workspacesFolder, 'big.supplydesk');
    const { jobId } = (await call('workspace:createDemo', { path: target, skus: 5000 })) as { jobId: string };
    await new Promise((resolve) => ctx.events.subscribe((event) => event === 'job:progress' && resolve(null)));
    await call('jobs:cancel', { jobId });
    expect((await finished).status).toBe('cancelled');
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(ctx.workspacesFolder)).toEqual([]);
  }, 60_000);

  it('settings persist across restarts', async () => {
    const { call, ctx } = setup();
    await call('settings:update', { locale: 'zh-CN', theme: 'dark' });
    const restarted = testAppContext(ctx.home);
    contexts.push(restarted);
    expect(restarted.settings.settings).toEqual({ locale: 'zh-CN', theme: 'dark' });
  });
});
