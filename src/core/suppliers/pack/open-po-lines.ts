import type Database from 'better-sqlite3';

/** A PO line the supplier still owes something on, as of the as-of date. */
export interface OpenPoLine {
  poNumber: string;
  lineNo: number;
  sku: string;
  productName: string;
  orderDate: string;
  promisedDate: string | null;
  qtyOrdered: number;
  qtyAccepted: number;
  balance: number;
  unitCost: number | null;
  currency: string;
  confirmedQty: number | null;
  confirmedDate: string | null;
  status: string;
  daysOverdue: number | null;
}

/**
 * Lines with status open or partial on sent POs (not draft or cancelled), oldest promise first.
 * Accepted = received − rejected up to the as-of date.
 */
export function openPoLines(db: Database.Database, supplierId: number, asOf: string): OpenPoLine[] {
  return db
    .prepare(
      `SELECT p.po_number AS poNumber, l.line_no AS lineNo, pr.sku, pr.name AS productName, p.order_date AS orderDate,
              COALESCE(l.promised_date, p.promised_date) AS promisedDate, l.qty_ordered AS qtyOrdered,
              COALESCE(r.accepted, 0) AS qtyAccepted, max(l.qty_ordered - COALESCE(r.accepted, 0), 0) AS balance,
              l.unit_cost AS unitCost, p.currency, l.confirmed_qty AS confirmedQty, l.confirmed_date AS confirmedDate, l.status,
              CASE WHEN COALESCE(l.promised_date, p.promised_date) < @asOf
                   THEN CAST(julianday(@asOf) - julianday(COALESCE(l.promised_date, p.promised_date)) AS INTEGER) END AS daysOverdue
       FROM purchase_orders p
       JOIN po_lines l ON l.po_id = p.id
       JOIN products pr ON pr.id = l.product_id
       LEFT JOIN (SELECT po_line_id, SUM(qty_received - qty_rejected) AS accepted FROM receipts
                  WHERE receipt_date <= @asOf AND po_line_id IN (
                    SELECT l2.id FROM po_lines l2 JOIN purchase_orders p2 ON p2.id = l2.po_id WHERE p2.supplier_id = @supplierId)
                  GROUP BY po_line_id) r ON r.po_line_id = l.id
       WHERE p.supplier_id = @supplierId AND p.status NOT IN ('draft', 'cancelled') AND l.status IN ('open', 'partial')
             AND p.order_date <= @asOf
       ORDER BY promisedDate, p.po_number, l.line_no`,
    )
    .all({ supplierId, asOf }) as OpenPoLine[];
}
