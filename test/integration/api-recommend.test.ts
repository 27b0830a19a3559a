import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { recommendWorkspace } from '../fixtures/recommend-workspace';
import { apiCaller, apiFailure } from '../helpers/api-call';
import { jobFinished, testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

/** Recommendations through the dispatcher (outputs checked against the contract), the run in a real worker. */
describe('recommend API', () => {
  const tempDir = useTempDir();
  let ctx: AppContext | null = null;
  afterEach(async () => {
    await ctx?.shutdown();
    ctx = null;
  });

  it('runs as a job, then serves customers, reasons, pairs, accuracy, campaigns and exports', async () => {
    const home = tempDir();
    ctx = testAppContext(home);
    const ws = await recommendWorkspace(ctx.workspacesFolder);
    const file = ws.path;
    ws.close();
    ctx.open(file);
    const table = createHandlerTable(ctx);
    const call = apiCaller(table);

    expect(await call('recommend:status')).toMatchObject({ customers: 40, run: null });
    expect((await apiFailure(table, 'recommend:customers', {})).code).toBe('not_found');
    const { jobId } = await call('recommend:start', { topN: 5 });
    expect((await jobFinished(ctx, jobId)).status).toBe('done');

    const status = await call('recommend:status');
    expect(status.run).toMatchObject({ customers: 40, topN: 5, asOf: '2026-06-30' });
    const customers = await call('recommend:customers');
    expect(customers).toHaveLength(40);
    const detail = await call('recommend:customer', { customerId: customers[0]!.customerId });
    expect(detail.recommendations).toHaveLength(5);
    expect(detail.recommendations[0]!.reason.kind).toMatch(/repeat|cycle|co-purchase|trending|model|popular/);
    expect((await call('recommend:boughtTogether', { sku: 'A-01' }))[0]).toMatchObject({ otherSku: 'A-02' });
    expect((await call('recommend:pairedSkus')).length).toBeGreaterThan(0);
    const accuracy = await call('recommend:accuracy');
    expect(accuracy?.segments[0]?.segment).toBe('all');
    expect(await call('recommend:launch')).toEqual([]);

    // Campaigns: add, edit, delete; a bad SKU is refused with the field named and nothing written.
    const added = await call('recommend:addCampaign', { name: 'Fans', sku: 'A-01', startDate: '2026-07-02', audienceKind: 'recommended', conversion: 0.25 });
    expect(added.audienceSize).toBeGreaterThan(0);
    const edited = await call('recommend:updateCampaign', { id: added.id, campaign: { name: 'Fans', sku: 'A-01', startDate: '2026-07-02', audienceKind: 'size', audienceSize: 400, conversion: 0.1 } });
    expect(edited.expectedBuyers).toBeCloseTo(40);
    const refused = await apiFailure(table, 'recommend:addCampaign', { name: 'X', sku: 'NOPE', startDate: '2026-07-02', audienceKind: 'size', audienceSize: 5, conversion: 0.1 });
    expect(refused).toMatchObject({ code: 'invalid_input', details: { field: 'sku' } });
    expect(await call('recommend:campaigns')).toHaveLength(1);
    expect(await call('recommend:learntConversion')).toMatchObject({ conversion: null, campaigns: 0 });

    for (const kind of ['customers', 'bought-together', 'launch'] as const) {
      const exported = await call('recommend:export', { kind, format: 'json' });
      const json = JSON.parse(fs.readFileSync(exported.path, 'utf8')) as { format: string; version: number; rows: unknown[] };
      expect(json.version).toBe(1);
      expect(json.format).toMatch(/^supplydesk-/);
    }
    const csv = await call('recommend:export', { kind: 'customers', format: 'csv' });
    expect(fs.readFileSync(csv.path, 'utf8').split(/\r\n/)).toHaveLength(40 * 5 + 2);
    await call('recommend:removeCampaign', { id: added.id });
    expect(await call('recommend:campaigns')).toEqual([]);
  }, 180_000);
});
