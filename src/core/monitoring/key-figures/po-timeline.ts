import type Database from 'better-sqlite3';
import type { WeekGrid } from './week-grid';

/**
 * Purchase order lines that were open at some point of the trend, with their receipts, so the
 * open balance of any past day can be rebuilt. A line counts as open on a day when it was ordered
 * by then, still had units to come (ordered − accepted by then > 0), and was not closed yet: it is
 * open or partial today, or its last receipt came after that day. Cancelled lines and draft or
 * cancelled POs never count (when they were cancelled is not recorded).
 */
export interface PoTimelineLine {
  orderDay: number;
  /** Line promise, else PO promise, else order date + lead time (the scorecards' due date); null if none. */
  dueDay: number | null;
  qty: number;
  /** The line's unit cost, else the supplier's terms, else 0. */
  cost: number;
  openNow: boolean;
  /** Accepted units per receipt day, oldest first. */
  receipts: { day: number; accepted: number }[];
}

export interface OpenBalance {
  lines: number;
  value: number;
  overdueLines: number;
  overdueValue: number;
}

export function poTimeline(db: Database.Database, grid: WeekGrid): PoTimelineLine[] {
  const rows = db
    .prepare(
      // Both halves from their indexes (migration 021): the planner would rather walk every receipt
      // in po_line_id order for the UNION than sort the window's few.
      `WITH wanted AS (SELECT id FROM po_lines INDEXED BY po_lines_open WHERE status IN ('open', 'partial')
                       UNION SELECT po_line_id FROM receipts INDEXED BY receipts_date WHERE receipt_date > @firstEndIso AND po_line_id IS NOT NULL)
       SELECT l.id, unixepoch(p.order_date) / 86400 AS orderDay,
              COALESCE(unixepoch(l.promised_date), unixepoch(p.promised_date),
                       unixepoch(p.order_date) + 86400 * COALESCE(t.lead_time_days, s.default_lead_time_days)) / 86400 AS dueDay,
              l.qty_ordered AS qty, COALESCE(l.unit_cost, t.unit_cost, 0) AS cost, l.status IN ('open', 'partial') AS openNow,
              unixepoch(r.receipt_date) / 86400 AS receiptDay, r.qty_received - r.qty_rejected AS accepted
         FROM wanted w
         JOIN po_lines l ON l.id = w.id
         JOIN purchase_orders p ON p.id = l.po_id
         JOIN suppliers s ON s.id = p.supplier_id
         LEFT JOIN supplier_terms t ON t.supplier_id = p.supplier_id AND t.product_id = l.product_id
         LEFT JOIN receipts r ON r.po_line_id = l.id AND r.receipt_date <= @today
        WHERE p.status NOT IN ('draft', 'cancelled') AND l.status <> 'cancelled' AND p.order_date <= @today
        ORDER BY l.id, r.receipt_date`,
    )
    .raw(true)
    .iterate({ today: grid.today, firstEndIso: grid.endIso(0) }) as IterableIterator<TimelineRow>;
  const lines: PoTimelineLine[] = [];
  let lastId = -1;
  for (const [id, orderDay, dueDay, qty, cost, openNow, receiptDay, accepted] of rows) {
    if (id !== lastId) {
      lines.push({ orderDay, dueDay, qty, cost, openNow: openNow === 1, receipts: [] });
      lastId = id;
    }
    if (receiptDay !== null) lines[lines.length - 1]!.receipts.push({ day: receiptDay, accepted: accepted ?? 0 });
  }
  return lines;
}

type TimelineRow = [
  id: number,
  orderDay: number,
  dueDay: number | null,
  qty: number,
  cost: number,
  openNow: 0 | 1,
  receiptDay: number | null,
  accepted: number | null,
];

/**
 * openBalanceOn for each of `days` (ascending), in one pass over the lines: a line's receipts come
 * oldest first (poTimeline), so the units accepted by each day are a running sum — at 170,000 lines
 * twelve separate passes cost more than reading them.
 */
export function openBalancesOn(lines: readonly PoTimelineLine[], days: readonly number[]): OpenBalance[] {
  const out = days.map((): OpenBalance => ({ lines: 0, value: 0, overdueLines: 0, overdueValue: 0 }));
  for (const line of lines) {
    const receipts = line.receipts;
    if (!inDayOrder(receipts)) {
      days.forEach((day, k) => addBalance(out[k]!, openBalanceOn([line], day)));
      continue;
    }
    const lastReceipt = receipts.length > 0 ? receipts[receipts.length - 1]!.day : -Infinity;
    let next = 0;
    let accepted = 0;
    for (let k = 0; k < days.length; k++) {
      const day = days[k]!;
      while (next < receipts.length && receipts[next]!.day <= day) accepted += receipts[next++]!.accepted;
      if (line.orderDay > day) continue;
      const balance = line.qty - accepted;
      if (!(balance > 0) || (!line.openNow && lastReceipt <= day)) continue;
      const sum = out[k]!;
      sum.lines++;
      sum.value += balance * line.cost;
      if (line.dueDay !== null && line.dueDay < day) {
        sum.overdueLines++;
        sum.overdueValue += balance * line.cost;
      }
    }
  }
  return out;
}

function inDayOrder(receipts: readonly { day: number }[]): boolean {
  for (let i = 1; i < receipts.length; i++) if (receipts[i]!.day < receipts[i - 1]!.day) return false;
  return true;
}

function addBalance(sum: OpenBalance, one: OpenBalance): void {
  sum.lines += one.lines;
  sum.value += one.value;
  sum.overdueLines += one.overdueLines;
  sum.overdueValue += one.overdueValue;
}

/** Open lines and their balance at cost at the end of `day`; overdue = due before that day. */
export function openBalanceOn(lines: readonly PoTimelineLine[], day: number): OpenBalance {
  const out: OpenBalance = { lines: 0, value: 0, overdueLines: 0, overdueValue: 0 };
  for (const line of lines) {
    if (line.orderDay > day) continue;
    let accepted = 0;
    let lastReceipt = -Infinity;
    for (const receipt of line.receipts) {
      lastReceipt = receipt.day;
      if (receipt.day <= day) accepted += receipt.accepted;
    }
    const balance = line.qty - accepted;
    if (!(balance > 0) || (!line.openNow && lastReceipt <= day)) continue;
    out.lines++;
    out.value += balance * line.cost;
    if (line.dueDay !== null && line.dueDay < day) {
      out.overdueLines++;
      out.overdueValue += balance * line.cost;
    }
  }
  return out;
}
