/** Marks a missing day (no due date, no receipt) in the Int32 day columns. */
export const NO_DAY = -2_147_483_648;

/**
 * One row per PO line with its receipts folded in, kept column-wise so 200,000 lines fit in a few
 * typed arrays and every metric is a loop over them. Days are UTC day numbers. Nothing here depends
 * on the on-time tolerance, so one load serves any setting.
 */
export interface LineFacts {
  length: number;
  lineId: Int32Array;
  poId: Int32Array;
  supplierId: Int32Array;
  productId: Int32Array;
  orderDay: Int32Array;
  dueDay: Int32Array;
  firstReceiptDay: Int32Array;
  /** The receipt that brought accepted units up to the ordered quantity; NO_DAY if none did. */
  completeDay: Int32Array;
  receiptCount: Int32Array;
  /** 1 = marked received but with no receipt rows at all (e.g. receipts imported unlinked): cannot be timed. */
  untimed: Int32Array;
  qtyOrdered: Float64Array;
  received: Float64Array;
  rejected: Float64Array;
  /** NaN when unknown. */
  unitCost: Float64Array;
  termsCost: Float64Array;
}
