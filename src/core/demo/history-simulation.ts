import { createRng } from '../ground/random';
import { DEMO_LOCATIONS } from './catalog-writer';
import { DemandCurve } from './demand-model';
import { ChunkBuilder, type HistoryChunk } from './history-chunk';
import { OrderBook } from './order-book';
import { buildReviewDays, InventorySimulator } from './sales-simulation';
import { STREAM, type World } from './world';

/** SKUs per block: a few MB of rows, small enough to keep several in flight, big enough that a block costs nothing to hand over. */
export const SKUS_PER_BLOCK = 200;

/**
 * Simulates the world's SKUs block by block, each SKU at every warehouse, into packed chunks.
 * Every SKU has its own random stream and the PO delays are pure functions of supplier, day and
 * warehouse, so a block's history depends on nothing simulated before it: blocks give the same
 * rows on any thread, in any process.
 */
export class HistorySimulation {
  private readonly reviewDays: Map<number, Uint8Array>;
  private readonly lunarNewYearDays: number[];
  private readonly curve: DemandCurve;
  /** Sales rows per SKU seen so far, to size the next block's arrays. */
  private rowsPerSku = 400;

  constructor(private readonly world: World) {
    const { calendar, suppliers, promotions } = world;
    this.reviewDays = buildReviewDays(suppliers, calendar);
    this.lunarNewYearDays = calendar.chineseNewYearDays(0, calendar.days + 200);
    this.curve = new DemandCurve(calendar, promotions);
  }

  get skus(): number {
    return this.world.products.length;
  }

  /** The history of SKUs [from, to). */
  block(from: number, to: number): HistoryChunk {
    const { seed, calendar, products, demandParams, supplies, promotions } = this.world;
    const book = new OrderBook();
    const builder = new ChunkBuilder(calendar.firstEpochDay, calendar.days, Math.ceil((to - from) * this.rowsPerSku * 1.1));
    const simulator = new InventorySimulator({
      seed,
      calendar,
      reviewDays: this.reviewDays,
      majorPeakDays: promotions.majorPeakDays,
      lunarNewYearDays: this.lunarNewYearDays,
      book,
      sink: builder,
    });
    const curve = this.curve;
    for (let i = from; i < to; i++) {
      const product = products[i];
      const supply = supplies[i];
      const demand = demandParams[i];
      if (!product || !supply || !demand) throw new Error(`missing product ${i}`);
      curve.prepare(product, demand);
      // One stream per SKU: its history does not depend on the SKUs simulated before it.
      const rng = createRng(seed, STREAM.sku, product.id);
      const shares = [demand.shareShanghai, 1 - demand.shareShanghai];
      DEMO_LOCATIONS.forEach((location, l) => {
        const share = shares[l] ?? 0;
        if (share > 0) simulator.run(product, demand, supply, curve, location.id, share, rng);
      });
    }
    const chunk = builder.finish(from, to, book.columns());
    if (to > from) this.rowsPerSku = Math.max(16, chunk.sales.count / (to - from));
    return chunk;
  }
}
