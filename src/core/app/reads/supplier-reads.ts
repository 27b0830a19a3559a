import type { Db } from '../../db/workspace';
import { keptLineFactsSnapshot } from '../../suppliers/facts-snapshot';
import { scorecardList, supplierDetailView, type ViewOptions } from '../../suppliers/supplier-views';

/** The Suppliers page's reader's reads, all cut from its kept snapshot of every PO line. */
export const reads = {
  /** Every PO line with its receipts (0.7 s at 200,000 lines, kept while the purchases stand), for supplier packs and exports. */
  supplierLineFacts: keptLineFactsSnapshot,
  /** Reads the PO-line snapshot ahead of the Suppliers page's first visit, keeping it (never sent: only its line count). */
  warmSuppliers: (db: Db) => keptLineFactsSnapshot(db).facts.length,
};

export const inputReads = {
  /**
   * The Suppliers page's ranking (a million PO lines judged three times at 50,000 SKUs), from the
   * worker's kept snapshot: only the rows cross to the serving thread, never the snapshot.
   */
  supplierScorecards: (db: Db, options: ViewOptions) => scorecardList(db, keptLineFactsSnapshot(db), options),
  /** One supplier's scorecard, with its rank from the ranking of the same view. */
  supplierDetail: (db: Db, { supplierId, rank, ...options }: ViewOptions & { supplierId: number; rank: number | null }) =>
    supplierDetailView(db, keptLineFactsSnapshot(db), supplierId, options, rank),
};
