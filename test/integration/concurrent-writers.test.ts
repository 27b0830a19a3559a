import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { copyWorkspace, runCli, startCli, workspaceFingerprint, writeSalesCsv, type CliRun } from '../helpers/cli-process';
import { useTempDir } from '../helpers/temp-dir';

/**
 * "database is locked": a writer started while another holds the workspace's write lock must
 * wait its turn — saying on stderr what it waits for — and then succeed, however long the other
 * takes; it never fails with SQLite's raw "database is locked".
 */
describe('a second writer waits for the first instead of failing', () => {
  const tempDir = useTempDir('supplydesk-writers-');
  let dir = '';
  let forecasted = '';
  let bigCsv = '';
  let smallCsv = '';

  const salesRows = (file: string, prefix: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT count(*) FROM sales_daily s JOIN products p ON p.id = s.product_id WHERE p.sku LIKE ?').pluck().get(`${prefix}-%`) as number;
    } finally {
      db.close();
    }
  };

  /**
   * Hold the write lock (as a long import does: BEGIN IMMEDIATE, rows written, its writer note
   * down) until the CLI says it waits — or exits — and then 6 s more: longer than any busy
   * timeout the CLI had before.
   */
  async function holdWhileItRuns(file: string, run: CliRun): Promise<void> {
    const db = new Database(file);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO workspace_meta (key, value) VALUES ('held', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    fs.writeFileSync(`${file}-writer`, JSON.stringify({ pid: process.pid, writer: 'import', since: new Date().toISOString() }));
    let exited = false;
    void run.done.then(() => (exited = true));
    try {
      for (let waited = 0; !exited && !run.stderrSoFar().includes('waiting for') && waited < 90_000; waited += 100) await sleep(100);
      for (let held = 0; !exited && held < 6000; held += 100) await sleep(100);
    } finally {
      fs.rmSync(`${file}-writer`, { force: true });
      db.exec('COMMIT');
      db.close();
    }
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-writers-base-'));
    forecasted = path.join(dir, 'base.supplydesk');
    demoTask({ path: forecasted, name: 'Writers', skus: 40, seed: 11, asOf: '2026-06-30' }, createInlineTaskContext());
    const made = await runCli(['forecast', '--workspace', forecasted, '--frequency', 'week', '--horizon', '8']);
    expect(made.code, made.stderr).toBe(0);
    bigCsv = path.join(dir, 'big.csv');
    writeSalesCsv(bigCsv, 'BIG', 300, 500);
    smallCsv = path.join(dir, 'small.csv');
    writeSalesCsv(smallCsv, 'SMALL', 20, 100);
  }, 180_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an import started while another writer holds the workspace waits, says for whom, and imports', async () => {
    const work = path.join(tempDir(), 'w.supplydesk');
    copyWorkspace(forecasted, work);
    const run = startCli(['import', '--workspace', work, '--kind', 'sales', smallCsv]);
    await holdWhileItRuns(work, run);
    const outcome = await run.done;
    expect(outcome.stderr).not.toMatch(/database is locked/i);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toContain('waiting for another SupplyDesk writer (import) to finish…');
    expect(salesRows(work, 'SMALL')).toBe(20 * 100);
  }, 120_000);

  it('a refresh started while an import holds the workspace waits for it, then refreshes', async () => {
    const work = path.join(tempDir(), 'w.supplydesk');
    copyWorkspace(forecasted, work);
    const run = startCli(['refresh', '--workspace', work]);
    await holdWhileItRuns(work, run);
    const outcome = await run.done;
    expect(outcome.stderr).not.toMatch(/database is locked/i);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toContain('waiting for another SupplyDesk writer (import) to finish…');
    expect(workspaceFingerprint(work).integrity).toBe('ok');
  }, 120_000);

  it('two CLI imports at once: both succeed, both files are in', async () => {
    const work = path.join(tempDir(), 'w.supplydesk');
    copyWorkspace(forecasted, work);
    const first = startCli(['import', '--workspace', work, '--kind', 'sales', bigCsv]);
    await first.started;
    const second = await runCli(['import', '--workspace', work, '--kind', 'sales', smallCsv]);
    const firstDone = await first.done;
    expect(firstDone.code, firstDone.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(salesRows(work, 'BIG')).toBe(300 * 500);
    expect(salesRows(work, 'SMALL')).toBe(20 * 100);
    expect(workspaceFingerprint(work).integrity).toBe('ok');
  }, 120_000);
});
