import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable, type HandlerTable } from '../../src/core/app/handlers';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { computeKeyFigures } from '../../src/core/monitoring/key-figures';
import { apiCaller } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

/** dashboard:keyFigures through the real handler table and read workers, on a generated demo workspace. */
describe('dashboard API', () => {
  const tempDir = useTempDir();
  let ctx: AppContext;
  let table: HandlerTable;
  const keyFigures = () => apiCaller(table)('dashboard:keyFigures');

  beforeAll(() => {
    ctx = testAppContext(tempDir());
    const file = path.join(ctx.workspacesFolder, 'demo.supplydesk');
    demoTask({ path: file, name: 'Demo', skus: 60, seed: 5, asOf: '2026-06-30' }, createInlineTaskContext());
    ctx.open(file);
    table = createHandlerTable(ctx);
  });
  afterAll(async () => {
    await ctx.shutdown();
  });

  it('answers the same figures as computing them on one connection, as of the demo’s today', async () => {
    const served = await keyFigures();
    expect(served.asOf).toBe('2026-06-30');
    expect(served).toEqual(computeKeyFigures(ctx.requireWorkspace().db));
    expect(served.figures.find((f) => f.id === 'stockValue')?.trend).toHaveLength(12);
  });

  it('is cached until data changes, then computed again', async () => {
    const first = await keyFigures();
    expect(await keyFigures()).toEqual(first);
    ctx.requireWorkspace().db.prepare("UPDATE stock_snapshots SET on_hand = on_hand + 1000 WHERE date = '2026-06-30' AND product_id = 1").run();
    expect(await keyFigures()).toEqual(first);
    ctx.dataChanged();
    const after = await keyFigures();
    const unitCost = ctx.requireWorkspace().db.prepare('SELECT unit_cost FROM products WHERE id = 1').pluck().get() as number;
    const changes = ctx.requireWorkspace().db.prepare("SELECT count(*) FROM stock_snapshots WHERE date = '2026-06-30' AND product_id = 1").pluck().get() as number;
    const before = first.figures.find((f) => f.id === 'stockValue')!.value!;
    expect(after.figures.find((f) => f.id === 'stockValue')!.value).toBeCloseTo(before + 1000 * changes * unitCost, 4);
  });
});
