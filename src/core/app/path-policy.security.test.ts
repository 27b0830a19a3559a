import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testAppContext } from '../../../test/helpers/app-context';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Envelope } from '../../shared/contract/api';
import { channels } from '../../shared/contract/channels';
import { watchLedger } from '../monitoring/watch';
import type { AppContext } from './app-context';
import { dispatch } from './dispatch';
import { createHandlerTable } from './handlers';

const HEADER = 'sku,date,units,location\n';
const SECRET = 'SECRET-PAYROLL-4711';
const STABLE_MS = 100;

/**
 * Issue item "The browser mode's path policy can be walked around": a hostile page that knows the
 * token typed a folder outside the allowed ones into `watch:add`, opened a file of it through
 * `watch:openInWizard` and read its rows with `import:inspect`. Replayed here through the handler
 * table exactly as the browser mode builds it (browser host, no dialogs).
 */
describe('security: browser-mode paths come only from the user', () => {
  const tempDir = useTempDir();
  const contexts: AppContext[] = [];
  beforeAll(() => {
    process.env.SUPPLYDESK_WATCH_STABLE_MS = String(STABLE_MS);
    process.env.SUPPLYDESK_WATCH_SCAN_MS = '60000';
  });
  afterEach(async () => {
    for (const ctx of contexts.splice(0)) await ctx.shutdown();
  });

  async function browserApp() {
    const home = tempDir();
    const ctx = testAppContext(home);
    contexts.push(ctx);
    const table = createHandlerTable(ctx);
    /** What the bridge answers for `POST /api/call/<channel>`, as the page receives it. */
    const call = (channel: string, input: unknown = {}) => dispatch(table, channel, input);
    const created = await call('workspace:create', { name: 'Shop' });
    expect(created.ok).toBe(true);
    // Somewhere on the disk the page was never given: a folder of secrets.
    const outside = tempDir();
    const secret = path.join(outside, 'secrets.csv');
    fs.writeFileSync(secret, `${HEADER}${SECRET},2026-06-01,1,WH1\n`);
    return { ctx, home, call, outside, secret };
  }

  /** Every answer of the sequence, so none can carry the secret's rows back to the page. */
  function leaks(answers: Envelope<unknown>[]): boolean {
    return answers.some((answer) => JSON.stringify(answer).includes(SECRET));
  }

  it('refuses watch:add of a folder outside, then watch:openInWizard and import:inspect return no rows', async () => {
    const { ctx, call, outside, secret } = await browserApp();
    const answers: Envelope<unknown>[] = [];

    // 1. The page types the folder.
    const added = await call('watch:add', { path: outside });
    answers.push(added);
    expect(added).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // 2. It goes on as if it had worked: a scan, the ledger's file in the wizard ...
    answers.push(await call('watch:scan', {}));
    const listed = await call('watch:list', {});
    answers.push(listed);
    expect(listed).toEqual({ ok: true, value: [] });
    const opened = await call('watch:openInWizard', { fileId: 1 });
    answers.push(opened);
    expect(opened.ok).toBe(false);

    // 3. ... and the file's rows.
    const inspected = await call('import:inspect', { path: secret });
    answers.push(inspected);
    expect(inspected).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(leaks(answers)).toBe(false);

    // Nothing was imported behind the page's back either.
    await new Promise((resolve) => setTimeout(resolve, STABLE_MS * 3));
    answers.push(await call('watch:scan', {}));
    expect(await call('import:list', {})).toEqual({ ok: true, value: [] });
    expect(ctx.requireWorkspace().db.prepare('SELECT count(*) FROM sales_daily').pluck().get()).toBe(0);
    expect(leaks(answers)).toBe(false);
  });

  it('refuses the walks around the owned inbox: .., the home folder, the uploads', async () => {
    const { ctx, home, call, outside } = await browserApp();
    const inbox = path.join(home, 'inbox');
    fs.mkdirSync(inbox, { recursive: true });
    for (const attempt of [
      path.join(inbox, '..', 'not-the-inbox'),
      path.join(inbox, 'sub', '..', '..'),
      `${inbox}-evil`,
      outside,
      home,
      path.join(home, 'uploads'),
      ctx.workspacesFolder,
      path.parse(home).root,
    ]) {
      fs.mkdirSync(attempt, { recursive: true });
      const answer = await call('watch:add', { path: attempt });
      expect(answer, attempt).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await call('watch:list', {})).toEqual({ ok: true, value: [] });
  });

  it('does not watch, import or open a folder stored before (a workspace the old page walked around)', async () => {
    const { ctx, call, outside, secret } = await browserApp();
    const folder = watchLedger.addFolder(ctx.requireWorkspace().db, outside, 'detect');
    const answers: Envelope<unknown>[] = [await call('watch:setEnabled', { folderId: folder.id, enabled: true })];
    answers.push(await call('watch:scan', {}));
    await new Promise((resolve) => setTimeout(resolve, STABLE_MS * 3));
    const scanned = await call('watch:scan', { folderId: folder.id });
    answers.push(scanned);
    expect(scanned).toMatchObject({ ok: true, value: [{ id: folder.id, state: 'unavailable' }] });
    expect(watchLedger.listFiles(ctx.requireWorkspace().db, folder.id)).toEqual([]);
    expect(ctx.requireWorkspace().db.prepare('SELECT count(*) FROM sales_daily').pluck().get()).toBe(0);
    answers.push(await call('import:inspect', { path: secret }));
    expect(leaks(answers)).toBe(false);
  });

  it('a folder inside the inbox SupplyDesk owns works end to end: watched, imported, opened in the wizard', async () => {
    const { ctx, home, call } = await browserApp();
    const drop = path.join(home, 'inbox', 'shop-exports');
    fs.mkdirSync(drop, { recursive: true });
    const added = await call('watch:add', { path: drop });
    expect(added).toMatchObject({ ok: true, value: { path: drop, state: 'watching' } });

    // No mapping is saved yet: the file waits, and the user opens it in the wizard by its ledger id.
    fs.writeFileSync(path.join(drop, 'day.csv'), `${HEADER}A-1,2026-06-02,4,WH1\nB-2,2026-06-02,5,WH1\n`);
    await call('watch:scan', {});
    await new Promise((resolve) => setTimeout(resolve, STABLE_MS * 3));
    await call('watch:scan', {});
    const [file] = watchLedger.listFiles(ctx.requireWorkspace().db, (added as { value: { id: number } }).value.id);
    expect(file).toMatchObject({ name: 'day.csv', status: 'skipped-no-mapping' });
    const opened = await call('watch:openInWizard', { fileId: file!.id });
    expect(opened).toMatchObject({ ok: true, value: { file: { path: path.join(drop, 'day.csv'), name: 'day.csv' } } });
    const inspected = await call('import:inspect', { path: path.join(drop, 'day.csv'), kind: 'sales' });
    expect(inspected.ok).toBe(true);
    expect(JSON.stringify(inspected)).toContain('B-2');
  });

  it('sends every path-taking channel of the contract through the policy: outside paths are refused', async () => {
    const { call, outside, secret } = await browserApp();
    const elsewhere = (name: string) => path.join(outside, name);
    const mapping = { columns: { sku: 'sku', date: 'date', units: 'units', location: 'location' } };
    // One call per channel whose input names a path, file or folder, each with a path outside.
    const attempts: Record<string, unknown> = {
      'workspace:create': { name: 'Evil', path: elsewhere('new.supplydesk') },
      'workspace:open': { path: secret },
      'workspace:createDemo': { name: 'Evil', path: elsewhere('demo.supplydesk') },
      'backup:list': { path: secret },
      'backup:check': { path: secret },
      'backup:restore': { backupId: 'x.supplydesk', path: secret },
      'backup:saveAs': { path: elsewhere('copy.supplydesk') },
      'import:inspect': { path: secret },
      'import:preview': { path: secret, kind: 'sales', mapping },
      'import:start': { path: secret, kind: 'sales', mapping },
      'suppliers:importConfirmations': { supplierId: 1, path: secret },
      'watch:add': { path: outside },
      'files:reveal': { fileName: 'secrets.csv', path: secret },
    };
    // A new channel taking a path must be added here (and to the policy) before this passes.
    // (Keys ending in Id name ledger rows, never paths.)
    const pathTaking = Object.entries(channels)
      .filter(([, spec]) => Object.keys((spec.input as { shape?: object }).shape ?? {}).some((key) => /path|file|folder/i.test(key) && !/Id$/.test(key)))
      .map(([name]) => name);
    expect(pathTaking.length).toBeGreaterThanOrEqual(12);
    expect(pathTaking.filter((name) => !(name in attempts))).toEqual([]);

    const answers: Envelope<unknown>[] = [];
    for (const [channel, input] of Object.entries(attempts)) {
      const answer = await call(channel, input);
      answers.push(answer);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(fs.readdirSync(outside)).toEqual(['secrets.csv']);
    expect(leaks(answers)).toBe(false);
  });
});
