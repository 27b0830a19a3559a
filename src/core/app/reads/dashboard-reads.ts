import { computeKeyFigures } from '../../monitoring/key-figures/key-figures';

/**
 * The Dashboard's warm-up reader's read: its key figures (seconds at 50,000 SKUs: every week's
 * sales, the PO lines due) computed ahead of its first visit at a lower priority. The answer is
 * kept on the serving thread as the key figures' read (app-context.ts), so the first visit takes it
 * from there; a visit before any warm-up reads them in the scans' reader, at the usual priority.
 */
export const reads = {
  warmDashboard: computeKeyFigures,
};

export const inputReads = {};
