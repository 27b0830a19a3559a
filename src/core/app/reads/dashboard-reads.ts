import type { Db } from '../../db/workspace';
import { computeKeyFigures } from '../../monitoring/key-figures/key-figures';

/**
 * The Dashboard's reader's reads. The key figures (seconds at 50,000 SKUs: every week's sales, the
 * PO lines due) are kept per data version in this reader, so a warm-up leaves them for the first visit.
 */
export const reads = {
  /** The Dashboard's seven key figures. */
  keyFigures: computeKeyFigures,
  /** Computes the key figures ahead of the Dashboard's first visit, keeping them (never sent: only their count). */
  warmDashboard: (db: Db) => computeKeyFigures(db).figures.length,
};

export const inputReads = {};
