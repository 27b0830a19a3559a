import { NO_DAY, type LineFacts } from './line-facts-columns';

/**
 * Adds receipts (rows of [po_line_id, day, qty_received, qty_rejected], streamed in po_line_id
 * order) to the lines (in id order) by walking both once. A line's receipts are taken in date order
 * to find the day its accepted units reached the ordered quantity (what OTIF compares with the due
 * date). Receipts after the as-of day have not happened yet; they only show the line is not untimed.
 */
export function foldReceipts(facts: LineFacts, receipts: Iterable<unknown[]>, asOfDay: number): void {
  let line = 0;
  // Most lines have one receipt: only a line with more gets an array.
  let first: ReceiptRow | null = null;
  let more: ReceiptRow[] | null = null;
  const flush = (head: ReceiptRow) => {
    while (line < facts.length && (facts.lineId[line] as number) < head[0]) line++;
    if (line < facts.length && facts.lineId[line] === head[0]) addLineReceipts(facts, line, more ?? [head], asOfDay);
    more = null;
  };
  for (const row of receipts as Iterable<ReceiptRow>) {
    if (first && first[0] !== row[0]) flush(first);
    if (!first || first[0] !== row[0]) first = row;
    else (more ??= [first]).push(row);
  }
  if (first) flush(first);
}

function addLineReceipts(facts: LineFacts, i: number, group: ReceiptRow[], asOfDay: number): void {
  facts.untimed[i] = 0;
  if (group.length > 1) group.sort(byDay);
  const ordered = facts.qtyOrdered[i] as number;
  let count = 0;
  let first = NO_DAY;
  let complete = NO_DAY;
  let received = 0;
  let rejected = 0;
  for (const [, day, qtyReceived, qtyRejected] of group) {
    // A receipt without a readable date cannot be placed in time: it is left out.
    if (day === null || day > asOfDay) continue;
    if (count++ === 0) first = day;
    received += qtyReceived;
    rejected += qtyRejected;
    if (complete === NO_DAY && received - rejected >= ordered) complete = day;
  }
  facts.firstReceiptDay[i] = first;
  facts.completeDay[i] = complete;
  facts.receiptCount[i] = count;
  facts.received[i] = received;
  facts.rejected[i] = rejected;
}

type ReceiptRow = [lineId: number, day: number | null, qtyReceived: number, qtyRejected: number];

/** Undated receipts sort first and are then skipped. */
function byDay(a: ReceiptRow, b: ReceiptRow): number {
  return (a[1] ?? NO_DAY) - (b[1] ?? NO_DAY);
}
