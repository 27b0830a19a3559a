import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { createWorkspace } from '../../src/core/db/workspace';
import { apiCaller } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { fileFingerprint, useTempDir } from '../helpers/temp-dir';

describe('backup API: back up, restore, check, save as', () => {
  const tempDir = useTempDir();
  const contexts: AppContext[] = [];
  afterEach(async () => {
    for (const ctx of contexts.splice(0)) await ctx.shutdown();
  });

  function setup() {
    const ctx = testAppContext(tempDir());
    contexts.push(ctx);
    const table = createHandlerTable(ctx);
    const call = apiCaller(table);
    const suppliers = () => ctx.requireWorkspace().db.prepare('SELECT code FROM suppliers ORDER BY code').pluck().all();
    const addSupplier = (code: string) =>
      ctx.requireWorkspace().db.prepare('INSERT INTO suppliers (code, name) VALUES (?, ?)').run(code, code);
    return { ctx, call, suppliers, addSupplier };
  }

  it('backs up, restores the old state, and keeps the replaced state as a backup', async () => {
    const { ctx, call, suppliers, addSupplier } = setup();
    const created = await call('workspace:create', { name: 'Shop' });
    addSupplier('SUP-1');
    const manual = await call('backup:create');
    expect(manual.reason).toBe('manual');
    addSupplier('SUP-2');

    const list = await call('backup:list');
    expect(list.workspacePath).toBe(created.path);
    expect(path.dirname(list.folder)).toBe(ctx.backupsFolder);
    expect(list.backups.map((b) => b.id)).toEqual([manual.id]);
    expect(list.keep).toEqual({ latest: 10, dailyForDays: 7 });

    const restored = await call('backup:restore', { backupId: manual.id });
    expect(restored.path).toBe(created.path);
    expect(suppliers()).toEqual(['SUP-1']);
    expect(fs.existsSync(`${created.path}.restoring`)).toBe(false);

    // What was replaced is one restore away.
    const after = await call('backup:list');
    const safety = after.backups.find((b) => b.reason === 'before-restore');
    expect(safety).toBeDefined();
    await call('backup:restore', { backupId: safety!.id });
    expect(suppliers()).toEqual(['SUP-1', 'SUP-2']);
    expect(await call('backup:check')).toMatchObject({ ok: true, problems: [], workspacePath: created.path });
  });

  it('refuses backup ids and paths outside what the user chose, changing nothing', async () => {
    const { call } = setup();
    const created = await call('workspace:create', { name: 'Shop' });
    const before = fileFingerprint(created.path);
    await expect(call('backup:restore', { backupId: '../../workspaces/Shop.supplydesk' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('backup:restore', { backupId: '2026-01-01T00-00-00-000Z_manual.supplydesk' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('backup:list', { path: '/etc/passwd' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('backup:check', { path: '/etc/hosts' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('backup:saveAs', { path: '/tmp/elsewhere.supplydesk' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(fileFingerprint(created.path)).toBe(before);
  });

  it('a damaged workspace is refused at open, checked, and offered its backups; restore keeps the damaged file', async () => {
    const { ctx, call, suppliers, addSupplier } = setup();
    const created = await call('workspace:create', { name: 'Shop' });
    for (let i = 0; i < 2000; i++) addSupplier(`SUP-${String(i).padStart(4, '0')}`);
    const backup = await call('backup:create');
    await call('workspace:close');

    damagePages(created.path);
    const damaged = fileFingerprint(created.path);
    await expect(call('workspace:open', { path: created.path })).rejects.toMatchObject({ code: 'workspace_damaged' });
    expect(fileFingerprint(created.path)).toBe(damaged); // never silently overwritten

    const report = await call('backup:check', { path: created.path });
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    const offered = await call('backup:list', { path: created.path });
    expect(offered.backups.map((b) => b.id)).toContain(backup.id);

    const restored = await call('backup:restore', { path: created.path, backupId: backup.id });
    expect(restored.path).toBe(created.path);
    expect(suppliers()).toHaveLength(2000);
    const kept = fs.readdirSync(ctx.workspacesFolder).filter((f) => /^Shop\.supplydesk\.damaged-[0-9TZ-]+$/.test(f));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(ctx.workspacesFolder, kept[0]!)).toString('base64')).toBe(damaged.split('|')[0]);
  });

  it('a file SQLite cannot even read the schema of is reported as damaged, not as a foreign file', async () => {
    const { call } = setup();
    const created = await call('workspace:create', { name: 'Shop' });
    await call('workspace:close');
    damagePages(created.path, 8);
    await expect(call('workspace:open', { path: created.path })).rejects.toMatchObject({ code: 'workspace_damaged' });
    expect((await call('backup:check', { path: created.path })).ok).toBe(false);
  });

  it('refuses to restore a damaged backup and leaves the workspace as it was', async () => {
    const { call, suppliers, addSupplier } = setup();
    await call('workspace:create', { name: 'Shop' });
    for (let i = 0; i < 2000; i++) addSupplier(`SUP-${i}`);
    const backup = await call('backup:create');
    const list = await call('backup:list');
    damagePages(path.join(list.folder, backup.id));
    await expect(call('backup:restore', { backupId: backup.id })).rejects.toMatchObject({ code: 'workspace_damaged' });
    expect(suppliers()).toHaveLength(2000);
  });

  it('Save As copies the open workspace to a new file and switches to it', async () => {
    const { ctx, call, suppliers, addSupplier } = setup();
    const original = await call('workspace:create', { name: 'Shop' });
    addSupplier('SUP-1');
    const copy = await call('backup:saveAs', { name: 'Shop 2027' });
    expect(copy.path).toBe(path.join(ctx.workspacesFolder, 'Shop-2027.supplydesk'));
    expect((await call('workspace:current'))?.path).toBe(copy.path);
    addSupplier('SUP-2');
    expect(suppliers()).toEqual(['SUP-1', 'SUP-2']);
    await call('workspace:open', { path: original.path });
    expect(suppliers()).toEqual(['SUP-1']);
    await expect(call('backup:saveAs', { path: copy.path })).rejects.toMatchObject({ code: 'workspace_exists' });
  });

  it('scheduled backups happen while the workspace is open and changing', async () => {
    const { ctx, call, addSupplier } = setup();
    await call('workspace:create', { name: 'Shop' });
    expect(await ctx.backups.tick()).toBeNull();
    addSupplier('SUP-1');
    expect((await ctx.backups.tick())?.reason).toBe('scheduled');
    // A manual backup counts: the schedule waits for the next change.
    addSupplier('SUP-2');
    await call('backup:create');
    expect(await ctx.backups.tick()).toBeNull();
    expect((await call('backup:list')).backups.map((b) => b.reason)).toEqual(['manual', 'scheduled']);
  });

  it('refuses a workspace created elsewhere only until the user opened it (recent list)', async () => {
    const { ctx, call } = setup();
    const file = path.join(ctx.home, 'elsewhere.supplydesk');
    createWorkspace(file, { name: 'Elsewhere' }).close();
    await expect(call('backup:list', { path: file })).rejects.toMatchObject({ code: 'invalid_input' });
    ctx.open(file);
    expect((await call('backup:list', { path: file })).workspacePath).toBe(file);
  });
});

/** Overwrite some b-tree pages near the end of the file (the table's leaves) with junk. */
function damagePages(file: string, count = 5): void {
  const pageSize = 4096;
  const pages = fs.statSync(file).size / pageSize;
  const fd = fs.openSync(file, 'r+');
  for (let p = Math.max(1, pages - 1 - count); p < pages - 1; p++) fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, p * pageSize);
  fs.closeSync(fd);
}
