import type Database from 'better-sqlite3';

/** What a supplier still owes: open lines and the value of their balance. */
export interface OpenPoTotal {
  supplierId: number;
  lines: number;
  /** Σ (ordered − accepted so far, never below 0) × the line's unit cost, else the terms' cost. */
  value: number;
}

/** Per supplier, over open and partial lines of sent POs (as openPoLines lists them in the pack). */
export function openPoTotals(db: Database.Database, asOf: string): OpenPoTotal[] {
  return db
    .prepare(
      `SELECT p.supplier_id AS supplierId, count(*) AS lines,
              COALESCE(sum(max(l.qty_ordered - COALESCE(r.accepted, 0), 0) * COALESCE(l.unit_cost, t.unit_cost, 0)), 0) AS value
       FROM po_lines l
       JOIN purchase_orders p ON p.id = l.po_id
       LEFT JOIN supplier_terms t ON t.supplier_id = p.supplier_id AND t.product_id = l.product_id
       LEFT JOIN (SELECT po_line_id, sum(qty_received - qty_rejected) AS accepted FROM receipts
                  WHERE receipt_date <= @asOf AND po_line_id IN (SELECT id FROM po_lines WHERE status IN ('open', 'partial'))
                  GROUP BY po_line_id) r ON r.po_line_id = l.id
       WHERE p.status NOT IN ('draft', 'cancelled') AND l.status IN ('open', 'partial') AND p.order_date <= @asOf
       GROUP BY p.supplier_id ORDER BY p.supplier_id`,
    )
    .all({ asOf }) as OpenPoTotal[];
}
