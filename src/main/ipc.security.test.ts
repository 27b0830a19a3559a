import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testAppContext } from '../../test/helpers/app-context';
import { useTempDir } from '../../test/helpers/temp-dir';
import type { AppContext } from '../core/app/app-context';
import { createHandlerTable, type HandlerTable } from '../core/app/handlers';
import { guardedCall } from './ipc-guard';

const rendererDir = '/opt/SupplyDesk/resources/app.asar/out/renderer';
const appPage = 'app://supplydesk/index.html#/settings';
const app = { origin: 'app://supplydesk' };

describe('security: IPC from the renderer', () => {
  const tempDir = useTempDir();
  const contexts: AppContext[] = [];
  afterEach(async () => {
    for (const ctx of contexts.splice(0)) await ctx.shutdown();
  });

  function setup(): { ctx: AppContext; table: HandlerTable; calls: string[] } {
    const ctx = testAppContext(tempDir());
    contexts.push(ctx);
    const real = createHandlerTable(ctx);
    const calls: string[] = [];
    // Record which handlers actually ran, to prove a refusal happens before any of them.
    const table = Object.fromEntries(
      Object.entries(real).map(([channel, handler]) => [
        channel,
        (input: unknown) => {
          calls.push(channel);
          return (handler as (i: unknown) => unknown)(input);
        },
      ]),
    ) as HandlerTable;
    return { ctx, table, calls };
  }

  it('refuses calls from any frame that is not the app, before a handler runs', async () => {
    const { table, calls } = setup();
    const senders = [
      'https://attacker.example/',
      'file:///tmp/downloaded.html',
      // The built renderer's own files, opened as file://, are not the app either: it is served from app://.
      `file://${rendererDir}/index.html`,
      'app://evil/index.html',
      'app://supplydesk.evil/index.html',
      'app://user:pw@supplydesk/index.html',
      '',
      'about:blank',
      'data:text/html,<script>1</script>',
    ];
    for (const sender of senders) {
      const result = await guardedCall(table, app, 'workspace:create', sender, { name: 'Injected' });
      expect(result, sender).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason: 'sender' } } });
    }
    const devApp = { origin: 'http://localhost:5173' };
    expect(await guardedCall(table, devApp, 'app:info', 'http://localhost:5174/', {})).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
    expect(await guardedCall(table, app, 'app:info', appPage, {})).toMatchObject({ ok: true });
  });

  it('refuses input that fails its schema, naming the field, before a handler runs', async () => {
    const { table, calls } = setup();
    const bad: [string, unknown][] = [
      ['workspace:open', { path: 42 }],
      ['workspace:open', { path: '/x.supplydesk', extra: true }],
      ['workspace:create', { name: '' }],
      ['backup:restore', { backupId: 'x'.repeat(500) }],
      ['backup:saveAs', { path: '/a.supplydesk', name: 'both' }],
      ['jobs:cancel', {}],
    ];
    for (const [channel, input] of bad) {
      const result = await guardedCall(table, app, channel, appPage, input);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(calls).toEqual([]);
    expect(await guardedCall(table, app, 'no:such', appPage, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('file paths from the renderer cannot escape the folders the user chose', async () => {
    const { ctx, table } = setup();
    const outside = path.join(ctx.home, 'outside.supplydesk');
    const escapes = [
      ['workspace:open', { path: '/etc/passwd' }],
      ['workspace:open', { path: path.join(ctx.workspacesFolder, '..', 'outside.supplydesk') }],
      ['workspace:create', { name: 'x', path: outside }],
      ['backup:list', { path: '/etc/hosts' }],
      ['backup:check', { path: path.join(ctx.workspacesFolder, '../../..', 'etc', 'passwd') }],
      ['backup:saveAs', { path: outside }],
    ] as const;
    for (const [channel, input] of escapes) {
      const result = await guardedCall(table, app, channel, appPage, input);
      expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false });
    }
    expect(fs.existsSync(outside)).toBe(false);

    // A backup id is a bare file name: a path through it reaches nothing.
    await guardedCall(table, app, 'workspace:create', appPage, { name: 'Shop' });
    for (const backupId of ['../../settings.json', '/etc/passwd', '..\\..\\settings.json']) {
      expect(await guardedCall(table, app, 'backup:restore', appPage, { backupId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });
});
