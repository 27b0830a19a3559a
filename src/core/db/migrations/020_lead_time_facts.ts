import type { Migration } from './types';

/**
 * The purchase facts lead times are measured from (suppliers/lead-times-facts.ts), kept while the
 * purchases and suppliers versions in `inputs` stand: one row per PO line that can ever be judged
 * (supplier, SKU, order, visible and due days, quantity ordered, marked received) and its receipts
 * (day, accepted units), each column one packed BLOB, lines in supplier-SKU order. A new plan date
 * is then a loop over them instead of a grouped query over every line and receipt. A cache:
 * nothing refers to it, and clearing it only costs the next measurement one read of the purchases.
 */
export const migration020: Migration = {
  version: 20,
  name: 'lead time facts',
  sql: `
CREATE TABLE lead_time_facts (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  inputs           TEXT NOT NULL CHECK (json_valid(inputs)),
  lines            INTEGER NOT NULL CHECK (lines >= 0),
  receipts         INTEGER NOT NULL CHECK (receipts >= 0),
  supplier_id      BLOB NOT NULL,
  product_id       BLOB NOT NULL,
  order_day        BLOB NOT NULL,
  visible_day      BLOB NOT NULL,
  due_day          BLOB NOT NULL,
  received         BLOB NOT NULL,
  ordered          BLOB NOT NULL,
  receipt_end      BLOB NOT NULL,
  receipt_day      BLOB NOT NULL,
  receipt_accepted BLOB NOT NULL
) STRICT;
`,
};
