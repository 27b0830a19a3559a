import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { planningSnapshot } from '../fixtures/import-workspace';
import { apiCaller } from '../helpers/api-call';
import { jobFinished, testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

/** A platform sales export as merchants get it: Chinese headers, GB18030, a store column. */
const SALES_GB = '商品编码,日期,销量,门店\nA-1,2024/6/1,3,上海店\nA-1,2024/6/2,5,上海店\nB-2,2024/6/1,1,北京店\n';

describe('import API: inspect, preview, import as a job, list, undo', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  async function setUp() {
    const home = tempDir();
    const files = tempDir();
    ctx = testAppContext(home);
    const app = ctx;
    const table = createHandlerTable(app);
    const call = apiCaller(table);
    await call('workspace:create', { name: 'Shop' });
    /** A file the user "picked": written outside the app's folders and allowed like a dialog choice. */
    const file = (name: string, content: string | Buffer) => {
      const target = path.join(files, name);
      fs.writeFileSync(target, content);
      app.paths.allowToRead(target);
      return target;
    };
    const finished = (jobId: string) => jobFinished(app, jobId);
    const fingerprint = () => planningSnapshot(app.requireWorkspace().db);
    return { app, call, file, finished, fingerprint };
  }

  it('takes a GB18030 platform export from inspect to the grids, and undo puts the workspace back', async () => {
    const { call, file, finished, fingerprint } = await setUp();
    const fields = await call('import:fields');
    expect(fields.find((k) => k.kind === 'sales')!.fields.filter((f) => f.required).map((f) => f.key)).toEqual(['sku', 'date', 'units']);

    const sales = file('销售.csv', iconv.encode(SALES_GB, 'gb18030'));
    const inspected = await call('import:inspect', { path: sales });
    expect(inspected).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ',', headerRow: 1, kind: 'sales', missing: [] });
    expect(inspected.headers).toEqual(['商品编码', '日期', '销量', '门店']);
    expect(inspected.columns.map((c) => c.field)).toEqual(['sku', 'date', 'units', 'location']);
    expect(inspected.sample[0]).toEqual({ row: 2, cells: ['A-1', '2024/6/1', '3', '上海店'] });

    const empty = fingerprint();
    const preview = await call('import:preview', { path: sales, kind: 'sales', mapping: inspected.mapping });
    expect(preview.wouldAbort).toBe(false);
    expect(preview.rows[0]).toMatchObject({ row: 2, ok: true, values: { sku: 'A-1', date: '2024-06-01', units: 3 } });
    expect(preview.summary.created.products).toEqual(['A-1', 'B-2']);
    expect(preview.summary.problems.byCode.new_products).toBe(1);
    expect(fingerprint()).toBe(empty);

    const { jobId } = await call('import:start', { path: sales, kind: 'sales', mapping: inspected.mapping, onError: 'abort' });
    expect((await finished(jobId)).status).toBe('done');
    const { summary } = await call('import:result', { jobId });
    expect(summary).toMatchObject({ status: 'done', rowsRead: 3, rowsStored: 3, rowsSkipped: 0, created: { products: ['A-1', 'B-2'] } });
    const bySku = await call('data:salesBySku');
    expect(bySku.map((r) => [r.sku, r.unitsTotal])).toEqual(expect.arrayContaining([['A-1', 8], ['B-2', 1]]));

    const [entry] = await call('import:list');
    expect(entry).toMatchObject({ id: summary!.importId, kind: 'sales', fileName: '销售.csv', status: 'done', rowsStored: 3, canUndo: true });
    // The same shape of file next time gets the saved mapping.
    expect((await call('import:inspect', { path: sales })).mappingSource).toBe('saved');

    await call('import:undo', { importId: entry!.id });
    expect(fingerprint()).toBe(empty);
    expect(await call('data:salesBySku')).toEqual([]);
    await expect(call('import:undo', { importId: entry!.id })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('undone') });
  }, 120_000);

  it('a bad file names file, row and column; abort writes nothing, skip stores the valid rows', async () => {
    const { call, file, finished, fingerprint } = await setUp();
    const bad = file('bad.csv', 'sku,date,units\nA-1,2024-06-01,3\nA-1,yesterday,2\nB-2,2024-06-02,lots\n');
    const inspected = await call('import:inspect', { path: bad, kind: 'sales' });
    const preview = await call('import:preview', { path: bad, kind: 'sales', mapping: inspected.mapping });
    expect(preview.wouldAbort).toBe(true);
    const errors = preview.summary.problems.list.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['bad.csv', 3, 'date', 'bad_date'],
      ['bad.csv', 4, 'units', 'not_a_number'],
    ]);
    expect(preview.summary.problems.byCode).toMatchObject({ bad_date: 1, not_a_number: 1 });

    const before = fingerprint();
    const aborted = await call('import:start', { path: bad, kind: 'sales', mapping: inspected.mapping, onError: 'abort' });
    expect((await finished(aborted.jobId)).status).toBe('done');
    expect((await call('import:result', aborted)).summary).toMatchObject({ status: 'aborted', importId: null, rowsStored: 0 });
    expect(fingerprint()).toBe(before);

    const skipped = await call('import:start', { path: bad, kind: 'sales', mapping: inspected.mapping, onError: 'skip' });
    expect((await finished(skipped.jobId)).status).toBe('done');
    expect((await call('import:result', skipped)).summary).toMatchObject({ status: 'done', rowsRead: 3, rowsStored: 1, rowsSkipped: 2 });

    const notPicked = path.join(path.dirname(bad), 'elsewhere.csv');
    fs.writeFileSync(notPicked, 'sku,date,units\nA,2024-01-01,1\n');
    await expect(call('import:inspect', { path: notPicked })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('import:inspect', { path: file('empty.csv', '') })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('empty') });
  }, 120_000);

  it('cancelling an import leaves the workspace exactly as it was', async () => {
    const { app, call, file, finished, fingerprint } = await setUp();
    await call('import:start', { path: file('first.csv', 'sku,date,units\nA-1,2024-06-01,3\n'), kind: 'sales', mapping: { columns: { sku: 'sku', date: 'date', units: 'units' } } }).then(({ jobId }) => finished(jobId));
    const before = fingerprint();

    const lines = ['sku,date,units,location'];
    for (let i = 0; i < 400_000; i++) lines.push(`S-${i % 5000},2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${i % 7},L${i % 3}`);
    const big = file('big.csv', lines.join('\n'));
    const mapping = { columns: { sku: 'sku', date: 'date', units: 'units', location: 'location' } };
    const started = await call('import:start', { path: big, kind: 'sales', mapping, onError: 'skip' });
    const end = finished(started.jobId);
    // Cancel as soon as the job reports that it is reading: the transaction is open by then.
    await new Promise<void>((resolve) => {
      const stop = app.events.subscribe((event, payload) => {
        if (event === 'job:progress' && (payload as { jobId: string }).jobId === started.jobId) {
          stop();
          resolve();
        }
      });
    });
    await call('jobs:cancel', started);
    expect((await end).status).toBe('cancelled');
    expect(fingerprint()).toBe(before);
    expect((await call('import:list')).map((e) => e.status)).toEqual(['done']);
    expect((await call('import:result', started)).summary).toBeNull();
    // The big file (not the one-line one) was preceded by a backup of the workspace.
    expect((await call('backup:list', {})).backups.map((b) => b.reason)).toEqual(['before-import']);
  }, 180_000);
});
