import { afterAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/core/app/app-context';
import { createHandlerTable } from '../../src/core/app/handlers';
import { addLocation, addProduct } from '../fixtures/forecasting-workspace';
import { apiCaller, apiFailure } from '../helpers/api-call';
import { testAppContext } from '../helpers/app-context';
import { useTempDir } from '../helpers/temp-dir';

/** The event calendar and planned promotions through the handler table, as both transports call them. */
describe('events and planned promotions API', () => {
  const tempDir = useTempDir();
  let ctx: AppContext;
  afterAll(async () => {
    await ctx?.shutdown();
  });

  it('edits the calendar in one transaction and plans, lists and removes promotions', async () => {
    ctx = testAppContext(tempDir());
    const table = createHandlerTable(ctx);
    const call = apiCaller(table);
    await call('workspace:create', { name: 'Events' });
    const db = ctx.requireWorkspace().db;
    const product = addProduct(db, { sku: 'TEA-1', price: 49 });
    const location = addLocation(db, 'SH');

    const calendar = await call('forecast:events');
    expect(calendar.find((e) => e.key === 'springFestival')).toMatchObject({ nameZh: '春节', origin: 'default' });

    const saved = await call('forecast:saveEvents', {
      changes: [
        { kind: 'add', key: 'brandDay', nameEn: 'Brand day', nameZh: '品牌日' },
        { kind: 'setDates', key: 'brandDay', from: '2026-09-09', to: '2026-09-10' },
        { kind: 'setDates', key: 'double11', from: '2026-10-31', to: '2026-11-11' },
      ],
    });
    expect(saved.find((e) => e.key === 'brandDay')!.occurrences).toEqual([{ year: 2026, from: '2026-09-09', to: '2026-09-10', edited: true }]);
    expect(saved.find((e) => e.key === 'double11')!.occurrences.find((o) => o.year === 2026)).toMatchObject({ from: '2026-10-31', edited: true });

    // A bad change in a batch refuses the batch: the good one before it is not kept.
    const bad = await apiFailure(table, 'forecast:saveEvents', {
      changes: [{ kind: 'enable', key: 'christmas', enabled: false }, { kind: 'setDates', key: 'brandDay', from: '2027-09-10', to: '2027-09-09' }],
    });
    expect(bad).toMatchObject({ code: 'invalid_input', details: { index: 1, field: 'to' } });
    expect((await call('forecast:events')).find((e) => e.key === 'christmas')!.enabled).toBe(true);
    expect((await apiFailure(table, 'forecast:saveEvents', { changes: [{ kind: 'setDates', key: 'mid618', from: '18/06/2026', to: '2026-06-18' }] })).code).toBe('invalid_input');

    const plan = await call('forecast:planPromotion', { productId: product, locationId: location, from: '2026-11-01', to: '2026-11-11', promo: true, discountPct: 15 });
    expect(plan).toMatchObject({ sku: 'TEA-1', discountPct: 15, price: null, promo: true });
    expect(await apiFailure(table, 'forecast:planPromotion', { productId: product, from: '2026-11-01', to: '2026-11-11', promo: false })).toMatchObject({ details: { field: 'promo' } });
    expect(await call('forecast:plannedPromotions', { productId: product })).toHaveLength(1);
    await call('forecast:removePlannedPromotion', { id: plan.id });
    expect(await call('forecast:plannedPromotions', { productId: product })).toEqual([]);
  });
});
