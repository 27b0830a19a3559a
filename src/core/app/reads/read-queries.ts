import type { Db } from '../../db/workspace';
import * as quick from './quick-reads';
import * as scans from './scan-reads';
import * as suppliers from './supplier-reads';
import * as logistics from './logistics-reads';
import * as dashboard from './dashboard-reads';

/**
 * Every read a reader serves, by the reader that serves it. Each reader loads only its own module
 * (read-service.ts), so one starts in a fraction of the time it took to load every page's code.
 * - scans: reads that scan every sales row (seconds at 10,000 SKUs) and the reads of one run or
 *   plan the pages name, so the catalogue never waits behind the Dashboard's weekly totals;
 * - quick: the Data page's catalogue and stock;
 * - the pages whose first visit costs seconds at 50,000 SKUs (KeptPage): the snapshot of every
 *   PO line behind the Suppliers page, the newest plan's logistics, the Dashboard's key figures.
 *   Each has a reader of its own that warms it in the background (WARM_QUERIES) after the
 *   workspace opened or a job wrote, at a lower priority: the Forecasts and Replenishment reads in
 *   the scans' reader never wait behind a warm-up, nor does one page's first visit behind another
 *   page's warm-up. The Suppliers and Logistics readers keep their result and serve their pages
 *   from it; the Dashboard's warm-up answers the key figures themselves, kept on the serving
 *   thread as their read (WARM_ANSWERS), while its first visit before a warm-up reads them in the
 *   scans' reader at the usual priority.
 */
export const READER_READS = { scans, quick, suppliers, logistics, dashboard };
export type ReaderRole = keyof typeof READER_READS;
export type KeptPage = Exclude<ReaderRole, 'scans' | 'quick'>;

/** Whole-workspace reads that may take seconds at 10,000 SKUs: served by the read workers. */
export const readQueries = { ...scans.reads, ...quick.reads, ...suppliers.reads, ...logistics.reads, ...dashboard.reads } satisfies Record<string, (db: Db) => unknown>;

/** Reads of one run or plan, named by their input. */
export const inputReadQueries = {
  ...scans.inputReads,
  ...quick.inputReads,
  ...suppliers.inputReads,
  ...logistics.inputReads,
  ...dashboard.inputReads,
} satisfies Record<string, (db: Db, input: never) => unknown>;

export type ReadQueryName = keyof typeof readQueries;
export type ReadQueryResult<N extends ReadQueryName> = ReturnType<(typeof readQueries)[N]>;
export type InputReadQueryName = keyof typeof inputReadQueries;
export type InputReadQueryInput<N extends InputReadQueryName> = Parameters<(typeof inputReadQueries)[N]>[1];
export type InputReadQueryResult<N extends InputReadQueryName> = ReturnType<(typeof inputReadQueries)[N]>;

/** The reader that serves each read. */
export function readerRole(name: ReadQueryName | InputReadQueryName): ReaderRole {
  for (const [role, module] of Object.entries(READER_READS) as [ReaderRole, { reads: object; inputReads: object }][]) {
    if (Object.hasOwn(module.reads, name) || Object.hasOwn(module.inputReads, name)) return role;
  }
  throw new Error(`No reader serves ${name}`);
}

/** In the order they are warmed: the Dashboard last, as before it was warmed (the other two's first visits cost more). */
export const WARM_QUERIES = { suppliers: 'warmSuppliers', logistics: 'warmLogistics', dashboard: 'warmDashboard' } as const satisfies Record<KeptPage, ReadQueryName>;
export type WarmQuery = (typeof WARM_QUERIES)[KeptPage];

/** A warm-up whose answer is a page's read itself, kept as that read (AppContext.read's cache). */
export const WARM_ANSWERS: Partial<Record<WarmQuery, ReadQueryName>> = { warmDashboard: 'keyFigures' };
