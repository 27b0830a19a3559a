import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../db/workspace';
import { generateDemo, generateDemoWith } from '../../../demo/generate-demo';
import { isAppError } from '../../../ground/errors/app-error';
import { createInlineTaskContext, type TaskContext } from '../../../ground/task-context';
import { sourceWorkerEntry } from '../runner';
import { demoHistoryOnWorker } from './demo-history-task';
import { demoTask, MIN_SKUS_FOR_WORKER } from './demo-task';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-worker-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet: TaskContext = { progress: () => {}, throwIfCancelled: () => {}, isCancelled: () => false };
const OPTIONS = { skus: 300, seed: 20240618, asOf: '2025-06-30' };

/** Every table of the file, each as its row count and a digest of its rows in key order; the clock's stamps left out. */
function fileDigest(db: Database.Database): Record<string, string> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const clock = table === 'workspace_meta' ? "WHERE key <> 'createdAt'" : '';
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[]).filter((c) => c !== 'updated_at');
    const list = columns.map((c) => `"${c}"`).join(', ');
    const hash = crypto.createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT ${list} FROM "${table}" ${clock} ORDER BY ${list}`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).update('\n');
      rows++;
    }
    out[table] = `${rows} ${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}

describe('the demo history simulated on a worker thread', () => {
  it('writes the same file contents as the inline path', async () => {
    const inline = createWorkspace(path.join(dir, 'inline.sdk'), { name: 'Demo', kind: 'demo', bulk: true });
    const inlineResult = generateDemo(inline.db, OPTIONS, quiet);
    const worker = createWorkspace(path.join(dir, 'worker.sdk'), { name: 'Demo', kind: 'demo', bulk: true });
    const steps: string[] = [];
    const ctx: TaskContext = { ...quiet, progress: (step) => (steps.at(-1) === step ? undefined : steps.push(step)) };
    const workerResult = await generateDemoWith(worker.db, OPTIONS, ctx, demoHistoryOnWorker(sourceWorkerEntry));
    expect(workerResult).toEqual(inlineResult);
    expect(fs.existsSync(path.join(dir, 'worker.sdk.stock'))).toBe(false);
    expect(steps).toEqual(['demo.catalog', 'demo.sales', 'demo.orders', 'demo.indexes']);
    const a = fileDigest(inline.db);
    const b = fileDigest(worker.db);
    expect(Object.keys(a)).toContain('sales_series');
    expect(a.sales_daily).toMatch(/^108280 /);
    expect(b).toEqual(a);
    inline.close();
    worker.close();
  });

  it('fails with the worker\'s own words when the worker cannot run', async () => {
    const workspace = createWorkspace(path.join(dir, 'broken.sdk'), { name: 'Demo', kind: 'demo', bulk: true });
    const missing = demoHistoryOnWorker(new URL('./no-such-demo-worker.mjs', import.meta.url));
    const error = await generateDemoWith(workspace.db, OPTIONS, quiet, missing).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('job_failed');
    expect(String((error as Error).message)).toMatch(/^The demo worker failed: .*no-such-demo-worker/);
    expect(workspace.db.pragma('foreign_keys', { simple: true })).toBe(1);
    workspace.close();
  });

  it('leaves nothing behind when the job is cancelled mid-history, and fails clearly on bad options', async () => {
    const file = path.join(dir, 'cancelled.sdk');
    const ctx = createInlineTaskContext((step, current) => {
      if (step === 'demo.sales' && current > 0) ctx.cancel();
    });
    const input = { path: file, name: 'Demo', skus: MIN_SKUS_FOR_WORKER, seed: 3, asOf: '2025-06-30', workerEntry: fileURLToPath(sourceWorkerEntry) };
    const running = demoTask(input, ctx);
    expect(running).toBeInstanceOf(Promise);
    const error = await Promise.resolve(running).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('job_cancelled');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);

    const bad = await Promise.resolve(demoTask({ ...input, seed: -1 }, createInlineTaskContext())).catch((e: unknown) => e);
    expect(isAppError(bad) && bad.code).toBe('invalid_input');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  });
});
