import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testAppContext } from '../../../../test/helpers/app-context';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import type { EventPayload } from '../../../shared/contract/events';
import { createWorkspace } from '../../db/workspace';
import { importFile, writeText } from '../../../../test/fixtures/import-workspace';
import { sourceWorkerEntry } from '../jobs/runner';
import { AppContext } from '../app-context';
import { watchHandlers } from './watch-handlers';

const HEADER = 'sku,date,units,location\n';
const STABLE_MS = 150;

describe('watch handlers', () => {
  const tempDir = useTempDir();
  const contexts: AppContext[] = [];
  beforeAll(() => {
    process.env.SUPPLYDESK_WATCH_STABLE_MS = String(STABLE_MS);
    process.env.SUPPLYDESK_WATCH_SCAN_MS = '60000';
  });
  afterEach(async () => {
    for (const ctx of contexts.splice(0)) await ctx.shutdown();
  });

  async function openApp(mode: 'browser' | 'electron' = 'browser', dialogAnswer: string | null = null) {
    const home = tempDir();
    const ctx =
      mode === 'browser'
        ? testAppContext(home)
        : new AppContext({ host: { mode, version: '0', systemLocale: 'en', pickFolder: () => Promise.resolve(dialogAnswer) }, home, workerEntry: sourceWorkerEntry });
    contexts.push(ctx);
    const file = path.join(ctx.workspacesFolder, 'shop.supplydesk');
    createWorkspace(file, { name: 'Shop' }).close();
    ctx.open(file);
    // The layout is known: imported once by hand, which saved its mapping.
    await importFile(ctx.requireWorkspace().db, writeText(home, 'seed.csv', `${HEADER}A,2026-06-01,1,WH1\n`), { kind: 'sales' });
    // Browser mode watches the inbox SupplyDesk owns and the folders in it (see the security test for the rest).
    const drop = path.join(ctx.watchFolders.inbox, 'drop');
    fs.mkdirSync(drop);
    const settled: EventPayload<'watch:fileSettled'>[] = [];
    ctx.events.subscribe((event, payload) => {
      if (event === 'watch:fileSettled') settled.push(payload as EventPayload<'watch:fileSettled'>);
    });
    return { ctx, home, drop, handlers: watchHandlers(ctx), settled };
  }

  it('checks a folder: a full path to a readable folder, watched once', async () => {
    const { ctx, handlers, drop } = await openApp();
    const file = writeText(ctx.watchFolders.inbox, 'a.csv', 'x\n');
    await expect(async () => handlers['watch:add']({ path: 'drop' })).rejects.toThrow(/not a full path/);
    await expect(async () => handlers['watch:add']({ path: path.join(ctx.watchFolders.inbox, 'nowhere') })).rejects.toThrow(/does not exist/);
    await expect(async () => handlers['watch:add']({ path: file })).rejects.toThrow(/is a file, not a folder/);
    const folder = await handlers['watch:add']({ path: drop });
    expect(folder).toMatchObject({ path: drop, enabled: true, kind: 'detect', state: 'watching' });
    await expect(async () => handlers['watch:add']({ path: `${drop}/` })).rejects.toThrow(/already watched/);
    const paused = await handlers['watch:setEnabled']({ folderId: folder.id, enabled: false });
    expect(paused.state).toBe('paused');
  });

  it('in the desktop app takes a folder chosen in the dialog, and no other', async () => {
    const elsewhere = tempDir();
    const { handlers } = await openApp('electron', elsewhere);
    await expect(async () => handlers['watch:add']({ path: elsewhere })).rejects.toThrow(/choose it in the folder dialog first/);
    expect(await handlers['watch:pickFolder'](undefined)).toEqual({ path: elsewhere });
    expect(await handlers['watch:add']({ path: elsewhere })).toMatchObject({ path: elsewhere, state: 'watching' });
  });

  it('in browser mode offers the inbox, the folders in it and the folders confirmed outside the page', async () => {
    const { ctx, handlers, drop } = await openApp();
    const confirmed = tempDir();
    const typedOnly = tempDir();
    fs.writeFileSync(ctx.watchFolders.confirmationFile, `# folders SupplyDesk may watch\n${confirmed}\n`);
    await handlers['watch:add']({ path: drop });
    expect(await handlers['watch:choices'](undefined)).toEqual({
      inbox: ctx.watchFolders.inbox,
      confirmationFile: ctx.watchFolders.confirmationFile,
      folders: [
        { path: ctx.watchFolders.inbox, source: 'inbox', watched: false },
        { path: drop, source: 'inbox', watched: true },
        { path: confirmed, source: 'confirmed', watched: false },
      ],
    });
    expect(await handlers['watch:add']({ path: confirmed })).toMatchObject({ path: confirmed, state: 'watching' });
    await expect(async () => handlers['watch:add']({ path: typedOnly })).rejects.toThrow(/may not watch/);
  });

  it('imports a file dropped in the folder as a job, says so, and lists it in the ledger', async () => {
    const { ctx, handlers, drop, settled } = await openApp();
    const folder = await handlers['watch:add']({ path: drop });
    writeText(drop, 'day.csv', `${HEADER}A,2026-06-02,4,WH1\nB,2026-06-02,5,WH1\n`);
    await handlers['watch:scan']({});
    await new Promise((resolve) => setTimeout(resolve, STABLE_MS + 20));
    const [listed] = await handlers['watch:scan']({});
    expect(listed).toMatchObject({ state: 'watching', counts: { imported: 1 }, lastImported: { name: 'day.csv', rowsStored: 2 } });
    expect(settled.map((s) => [s.name, s.status, s.folderPath])).toEqual([['day.csv', 'imported', drop]]);
    const units = ctx.requireWorkspace().db.prepare("SELECT sum(units) FROM sales_daily WHERE date = '2026-06-02'").pluck().get();
    expect(units).toBe(9);
    const files = await handlers['watch:files']({ folderId: folder.id });
    expect(files.map((f) => [f.name, f.status, f.kind])).toEqual([['day.csv', 'imported', 'sales']]);
    await expect(async () => handlers['watch:retry']({ fileId: files[0]!.id })).rejects.toThrow(/only a failed file/);
  });

  it('opens a file without a mapping in the wizard by its ledger id only', async () => {
    const { ctx, handlers, drop, settled } = await openApp();
    await handlers['watch:add']({ path: drop });
    const file = writeText(drop, 'other.csv', '商品编码,日期,销量\nA,2026-06-03,9\n');
    await expect(async () => ctx.paths.checkToRead(file)).rejects.toThrow(/may not read/);
    await handlers['watch:scan']({});
    await new Promise((resolve) => setTimeout(resolve, STABLE_MS + 20));
    await handlers['watch:scan']({});
    expect(settled.map((s) => s.status)).toEqual(['skipped-no-mapping']);
    const opened = await handlers['watch:openInWizard']({ fileId: settled[0]!.id });
    expect(opened.file).toMatchObject({ path: file, name: 'other.csv' });
    expect(ctx.paths.checkToRead(file)).toBe(file);
    // Opened to be read, never a workspace path to write over.
    await expect(async () => ctx.paths.check(file)).rejects.toThrow(/may not use/);
    expect((await handlers['watch:retry']({ fileId: settled[0]!.id })).status).toBe('waiting');
  });

  it('stops with the workspace', async () => {
    const { ctx, handlers, drop } = await openApp();
    await handlers['watch:add']({ path: drop });
    ctx.close();
    await expect(async () => handlers['watch:list'](undefined)).rejects.toThrow(/No workspace is open/);
  });
});
