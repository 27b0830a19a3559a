import type { Statement } from 'better-sqlite3';
import type { WriteContext } from './context';
import { RowUpdater } from './row-updater';

type LineStatus = 'open' | 'partial' | 'received';

/**
 * Keeps purchase order lines (and their orders) in step with the receipts against them:
 * a line is received once the accepted quantity (received minus rejected) covers what was
 * ordered, partially received before that. The quantity itself is always summed from the
 * receipts, so only the status is stored; the old status goes to the undo log.
 */
export class PurchaseOrderStatus {
  private readonly touched = new Set<number>();
  private readonly st: Record<'line' | 'lines', Statement>;
  private readonly lines: RowUpdater;
  private readonly orders: RowUpdater;

  constructor(private readonly wc: WriteContext) {
    const db = wc.db;
    this.st = {
      line: db.prepare(
        `SELECT l.id, l.po_id, l.qty_ordered, l.status,
                (SELECT coalesce(sum(r.qty_received - r.qty_rejected), 0) FROM receipts r WHERE r.po_line_id = l.id) AS accepted
           FROM po_lines l WHERE l.id = ?`,
      ),
      lines: db.prepare('SELECT status FROM po_lines WHERE po_id = ?').pluck(),
    };
    this.lines = new RowUpdater(db, 'po_lines', wc.undo, wc.changes);
    this.orders = new RowUpdater(db, 'purchase_orders', wc.undo, wc.changes);
  }

  /** A receipt was stored against this line. */
  touch(poLineId: number | null): void {
    if (poLineId !== null) this.touched.add(poLineId);
  }

  /** Run once all receipts are written, inside the import's transaction. */
  apply(): void {
    const orders = new Set<number>();
    for (const id of this.touched) {
      const line = this.st.line.get(id) as { id: number; po_id: number; qty_ordered: number; status: string; accepted: number } | undefined;
      if (!line || line.status === 'cancelled') continue;
      this.lines.update({ id }, line, { status: lineStatus(line.accepted, line.qty_ordered) });
      orders.add(line.po_id);
    }
    for (const poId of orders) {
      const order = this.wc.db.prepare('SELECT id, status FROM purchase_orders WHERE id = ?').get(poId) as { id: number; status: string } | undefined;
      if (!order || order.status === 'cancelled') continue;
      const status = orderStatus(this.st.lines.all(poId) as string[], order.status);
      this.orders.update({ id: poId }, order, { status });
    }
  }
}

export function lineStatus(accepted: number, ordered: number): LineStatus {
  if (accepted >= ordered) return 'received';
  return accepted > 0 ? 'partial' : 'open';
}

/** An order is received when every live line is, partial when any line has arrived. */
export function orderStatus(lineStatuses: readonly string[], current: string): string {
  const live = lineStatuses.filter((s) => s !== 'cancelled');
  if (live.length > 0 && live.every((s) => s === 'received')) return 'received';
  if (live.some((s) => s === 'received' || s === 'partial')) return 'partial';
  // Nothing has arrived: a draft stays a draft, an order that looked received is open again.
  return current === 'draft' ? 'draft' : 'open';
}
