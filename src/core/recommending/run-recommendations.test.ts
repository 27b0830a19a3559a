import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { recommendWorkspace } from '../../../test/fixtures/recommend-workspace';
import { importWorkspace } from '../../../test/fixtures/import-workspace';
import { createInlineTaskContext } from '../ground/task-context';
import { addCampaign } from './campaigns';
import { runRecommendations } from './run-recommendations';
import { boughtTogetherRows, customerDetail, launchAudienceRows, listCustomers, recommendAccuracy, recommendStatus } from './views';

describe('a recommendation run over a workspace', () => {
  const tempDir = useTempDir();

  it('stores every customer’s list with reasons, bought-together pairs and the backtest; the page reads them', async () => {
    const ws = await recommendWorkspace(tempDir());
    expect(recommendStatus(ws.db)).toMatchObject({ customers: 40, run: null });
    const summary = await runRecommendations(ws.db, { topN: 5, useModel: false }, createInlineTaskContext());
    expect(summary).toMatchObject({ customers: 40, asOf: '2026-06-30' });
    const customers = listCustomers(ws.db);
    expect(customers).toHaveLength(40);
    expect(customers[0]!.orders).toBeGreaterThanOrEqual(customers[39]!.orders);
    const detail = customerDetail(ws.db, customers[0]!.customerId);
    expect(detail.recommendations).toHaveLength(5);
    expect(detail.recommendations.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(detail.history.length).toBeGreaterThan(3);
    // A customer's most bought SKU is recommended again, as a repeat or cycle.
    const counts = new Map<string, number>();
    for (const h of detail.history) counts.set(h.sku, (counts.get(h.sku) ?? 0) + 1);
    const favourite = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const mine = detail.recommendations.find((r) => r.sku === favourite);
    expect(mine?.reason.kind).toMatch(/repeat|cycle/);

    const pairs = boughtTogetherRows(ws.db, { sku: 'A-01' });
    expect(pairs[0]).toMatchObject({ sku: 'A-01', otherSku: 'A-02' });
    expect(pairs[0]!.lift).toBeGreaterThan(1);
    expect(boughtTogetherRows(ws.db, { minSupport: 0.99 })).toEqual([]);

    const accuracy = recommendAccuracy(ws.db)!;
    expect(accuracy.topN).toBe(10);
    expect(accuracy.segments[0]!.methods.map((m) => m.method)).toEqual(['blend', 'repeat', 'itemKnn', 'popularity']);
    ws.close();
  }, 60_000);

  it('a campaign for the recommended audience takes the customers the run recommends the SKU to', async () => {
    const ws = await recommendWorkspace(tempDir());
    await runRecommendations(ws.db, { topN: 10, useModel: false, backtest: false }, createInlineTaskContext());
    const c = addCampaign(ws.db, { name: 'A-01 to its fans', sku: 'A-01', startDate: '2026-07-05', audienceKind: 'recommended', conversion: 0.2 });
    const holders = ws.db.prepare("SELECT count(*) FROM recommend_items WHERE sku = 'A-01' AND run_id = (SELECT max(id) FROM recommend_runs)").pluck().get() as number;
    expect(c.audienceSize).toBe(holders);
    expect(c.unitsPerBuyer).toBeGreaterThanOrEqual(1);
    ws.close();
  }, 60_000);

  it('says what to import when the workspace has no order lines with customers, and stores nothing', async () => {
    const ws = importWorkspace(tempDir());
    await expect(runRecommendations(ws.db, {}, createInlineTaskContext())).rejects.toThrow(/order lines with a customer_id/);
    expect(ws.db.prepare('SELECT count(*) FROM recommend_runs').pluck().get()).toBe(0);
    ws.close();
  });
});

describe('launch targeting in a run', () => {
  const tempDir = useTempDir();

  it('finds an audience and expected buyers for a new SKU of a category customers already buy', async () => {
    const ws = await recommendWorkspace(tempDir());
    ws.db.prepare("UPDATE products SET category = substr(sku, 1, 1), brand = 'Brand ' || substr(sku, 1, 1), price = 9.9").run();
    ws.db.prepare("INSERT INTO products (sku, name, category, brand, price, status, launch_date) VALUES ('A-99', 'new A', 'A', 'Brand A', 9.9, 'new', '2026-07-15')").run();
    await runRecommendations(ws.db, { useModel: false, backtest: false }, createInlineTaskContext());
    const [launch] = launchAudienceRows(ws.db);
    expect(launch).toMatchObject({ sku: 'A-99', launchDate: '2026-07-15' });
    expect(launch!.customers.length).toBeGreaterThan(0);
    expect(launch!.customers[0]!.reason.kind).toBe('attribute');
    ws.close();
  }, 60_000);
});
