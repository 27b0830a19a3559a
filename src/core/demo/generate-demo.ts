import type Database from 'better-sqlite3';
import { writeMeta } from '../db/meta';
import type { TaskContext } from '../ground/task-context';
import { createRng } from '../ground/random';
import { untilCancelled } from '../ground/until-cancelled';
import { writeCatalog } from './catalog-writer';
import { writeDemoLanes } from './lanes';
import { JoinedBook } from './order-book';
import { writeCustomerOrders } from './customer-orders';
import { writePurchaseOrders } from './purchase-orders';
import { DEMO_STEPS } from './steps';
import { HistoryWriter, suspendIndexes, tuneSorter } from './writer';
import { copyStockFrom, describeStockSide, type StockSide } from './stock-side-file';
import { markSalesSeriesComplete, markSalesSeriesStale } from '../db/sales-series/store';
import { rebuildSalesTotals } from '../db/sales-totals/store';
import { moveDataVersion } from '../db/data-versions';
import type { HistoryChunk } from './history-chunk';
import { HistorySimulation, SKUS_PER_BLOCK } from './history-simulation';
import { planWorld, STREAM, validateDemoOptions, type DemoOptions, type World } from './world';

export type { DemoOptions } from './world';

export interface DemoResult {
  rowsWritten: number;
  tables: Record<string, number>;
}

/**
 * Blocks of simulated history made elsewhere (a worker thread: the app hands one down, the demo
 * knows no jobs), in block order. Started when called, so the other side plans its world while
 * this one writes the catalogue. `next` gives null after the last block. The other side writes
 * the stock snapshots into the side file itself (stock-side-file.ts): the blocks come without them.
 */
export interface HistoryStream {
  next(): Promise<HistoryChunk | null>;
  /** After the last block: resolves with the side file's row count once it is complete and closed. */
  stockWritten(): Promise<number>;
  /** Stops the other side and removes the side file; safe to call at any time, more than once. */
  close(): void;
}
export type HistoryRunner = (options: DemoOptions, skusPerBlock: number, stock: StockSide) => HistoryStream;

/**
 * Fills a freshly created, empty workspace (opened with `bulk: true`) with two years of a
 * made-up merchant's business: catalogue, suppliers, promotions, daily sales per warehouse,
 * purchase orders with receipts, weekly stock, and the online shop's customer orders. Same options ⇒ byte-identical data.
 * Everything on this thread; `generateDemoWith` simulates elsewhere and writes the same rows.
 * On an error or cancellation the file is half-written and should be deleted by the caller.
 */
export function generateDemo(db: Database.Database, options: DemoOptions, ctx: TaskContext): DemoResult {
  const demo = new DemoWrite(db, options, ctx);
  try {
    const simulation = new HistorySimulation(demo.world);
    for (let from = 0; from < simulation.skus; from += SKUS_PER_BLOCK) {
      ctx.throwIfCancelled();
      demo.writeBlock(simulation.block(from, Math.min(simulation.skus, from + SKUS_PER_BLOCK)));
    }
    demo.writeOrders();
    return demo.finish();
  } finally {
    demo.close();
  }
}

/**
 * The demo with its history simulated by `runner` while this thread writes: both cores busy, a
 * few blocks in flight at most. The runner also writes the stock snapshots (and sorts their index)
 * into a side file, copied in after the orders. The same rows as `generateDemo` (a test holds the
 * two together).
 */
export async function generateDemoWith(db: Database.Database, options: DemoOptions, ctx: TaskContext, runner: HistoryRunner): Promise<DemoResult> {
  const valid = validateDemoOptions(options);
  const side = describeStockSide(db);
  const stream = runner(valid, SKUS_PER_BLOCK, side);
  try {
    const demo = new DemoWrite(db, valid, ctx, { stockElsewhere: true });
    try {
      // A cancel is noticed while this thread waits for a block, not only when the block arrives.
      for (;;) {
        const chunk = await untilCancelled(stream.next(), ctx);
        if (!chunk) break;
        demo.writeBlock(chunk);
      }
      // The side file's index is sorted on the other thread while this one writes the orders.
      demo.writeOrders();
      ctx.progress(DEMO_STEPS.indexes, 0, 1);
      await untilCancelled(stream.stockWritten(), ctx);
      demo.copyStock(side.path);
      return demo.finish();
    } finally {
      demo.close();
    }
  } finally {
    stream.close();
  }
}

/**
 * A demo of fewer SKUs builds its weekly sales totals at its end (a fraction of a second); a
 * larger one leaves them to its first forecast run (17 CPU-s at 50,000 SKUs, which would take the
 * demo past a minute), and its Dashboard reads the daily rows until then.
 */
const TOTALS_AT_END_BELOW = 5000;

/** One demo being written: the catalogue at once, then blocks of history, then orders and indexes. */
class DemoWrite {
  readonly world: World;
  readonly tables: Record<string, number>;
  private readonly book = new JoinedBook();
  private readonly history: HistoryWriter;
  private readonly restorePragmas: () => void;
  private readonly restoreIndexes: () => void;
  private readonly writeBlockInTransaction: (chunk: HistoryChunk) => void;
  private readonly stockElsewhere: boolean;
  private skusDone = 0;

  /** `stockElsewhere`: the blocks come without stock snapshots, copied in by `copyStock` instead. */
  constructor(
    private readonly db: Database.Database,
    private readonly options: DemoOptions,
    private readonly ctx: TaskContext,
    { stockElsewhere = false } = {},
  ) {
    this.stockElsewhere = stockElsewhere;
    ctx.progress(DEMO_STEPS.catalog, 0, 1);
    this.world = planWorld(options);
    this.restorePragmas = tuneConnection(db);
    const { calendar, products, supplies, suppliers, promotions } = this.world;
    try {
      this.tables = {
        ...db.transaction(() => {
          moveDataVersion(db, 'suppliers');
          moveDataVersion(db, 'products');
          return { ...writeCatalog(db, calendar, products, supplies, suppliers, promotions.promotions), lanes: writeDemoLanes(db, suppliers) };
        })(),
      };
      ctx.progress(DEMO_STEPS.catalog, 1, 1);

      // The series store is built from the blocks as sales_daily is written, complete at the end.
      db.transaction(() => markSalesSeriesStale(db))();
      // stock_snapshots keeps its index when it is copied in: the copy brings the index's records too.
      this.restoreIndexes = suspendIndexes(db, stockElsewhere ? ['sales_daily', 'po_lines', 'receipts'] : ['sales_daily', 'stock_snapshots', 'po_lines', 'receipts']);
      this.history = new HistoryWriter(db, calendar);
    } catch (error) {
      this.restorePragmas();
      throw error;
    }
    this.writeBlockInTransaction = db.transaction((chunk: HistoryChunk) => this.history.write(chunk));
    ctx.progress(DEMO_STEPS.sales, 0, products.length);
  }

  /** The next block of SKUs' history; blocks come in SKU order. */
  writeBlock(chunk: HistoryChunk): void {
    if (chunk.from !== this.skusDone) throw new Error(`demo history block ${chunk.from} came after ${this.skusDone}`);
    this.writeBlockInTransaction(chunk);
    this.book.append(chunk.lines);
    this.skusDone = chunk.to;
    this.ctx.progress(DEMO_STEPS.sales, this.skusDone, this.world.products.length);
  }

  /** After the last block: purchase orders with their lines and receipts, and the shop's customer orders. */
  writeOrders(): void {
    const { db, ctx, tables, world, book } = this;
    const { calendar, products, suppliers, seed } = world;
    if (this.skusDone !== products.length) throw new Error(`demo history stopped at ${this.skusDone} of ${products.length} SKUs`);
    Object.assign(tables, { sales_daily: this.history.salesRows, stock_snapshots: this.history.stockRows, sales_series: this.history.seriesRows });

    ctx.throwIfCancelled();
    const onProgress = (done: number, total: number): void => ctx.progress(DEMO_STEPS.orders, done, total);
    Object.assign(
      tables,
      db.transaction(() => {
        moveDataVersion(db, 'purchases');
        return writePurchaseOrders(db, calendar, book.join(), suppliers, onProgress);
      })(),
    );
    tables.order_lines = db.transaction(() => writeCustomerOrders(db, calendar, products, createRng(seed, STREAM.customers)))();
  }

  /** The stock snapshots the other side wrote into its side file, with their index. */
  copyStock(sidePath: string): void {
    if (!this.stockElsewhere) throw new Error('this demo writes its stock snapshots itself');
    this.tables.stock_snapshots = copyStockFrom(this.db, sidePath);
  }

  /** The indexes built, the series store marked complete, the demo meta written. */
  finish(): DemoResult {
    const { db, ctx, tables, world } = this;
    const { seed } = world;
    ctx.throwIfCancelled();
    ctx.progress(DEMO_STEPS.indexes, 0, 1);
    // A helper thread sorts beside this one: the history worker is done by then, its core free.
    const restoreSorter = tuneSorter(db, 1);
    try {
      db.transaction(this.restoreIndexes)();
    } finally {
      restoreSorter();
    }
    ctx.progress(DEMO_STEPS.indexes, 1, 1);
    db.transaction(() => {
      markSalesSeriesComplete(db);
      if (this.world.products.length < TOTALS_AT_END_BELOW) rebuildSalesTotals(db);
    })();

    writeMeta(db, { kind: 'demo', asOf: this.options.asOf, seed });
    const rowsWritten = Object.values(tables).reduce((sum, n) => sum + n, 0);
    return { rowsWritten, tables };
  }

  close(): void {
    this.restorePragmas();
  }
}

/**
 * Foreign keys are checked by construction (and by the tests), not per row; a bigger page cache
 * helps the inserts. Both are per-connection settings and are put back afterwards.
 */
function tuneConnection(db: Database.Database): () => void {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -131072');
  return () => {
    if (!db.open || db.inTransaction) return;
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${cacheSize}`);
  };
}
