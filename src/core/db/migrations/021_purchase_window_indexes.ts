import type { Migration } from './types';

/**
 * The Dashboard reads the purchases of its last twelve weeks: the PO lines still open and the
 * receipts dated in the window (key-figures/po-timeline.ts, stock-history.ts). Without these it
 * walks every receipt of the history (a million at 50,000 SKUs) to test its date. The receipts'
 * index carries the line, so the lines received in the window are found from the index alone;
 * the open lines' index is partial (the few thousand open ones). Built once, in well under a
 * second per million receipts: opening an old workspace does not stall on it.
 */
export const migration021: Migration = {
  version: 21,
  name: 'purchase window indexes',
  sql: `
CREATE INDEX receipts_date ON receipts (receipt_date, po_line_id);
CREATE INDEX po_lines_open ON po_lines (id) WHERE status IN ('open', 'partial');
`,
};
