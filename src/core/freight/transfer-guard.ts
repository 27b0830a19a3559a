/**
 * No stock moving back and forth. A SKU moved from A to B was moved because B needed it until its
 * own replenishment could land; moving it back from B to A before then would only pay freight twice
 * (and leave B short again). So a move B → A is refused while an earlier A → B move's stock is
 * expected to be needed at B: from its ship day until it lands plus the lead time of B's next
 * replenishment.
 */

export interface PastTransfer {
  fromId: number;
  toId: number;
  /** Day number the stock is expected to be needed at the destination until (arrival + its replenishment lead time). */
  neededUntilDay: number;
}

/** The day until which a transfer's stock is expected to be needed at its destination. */
export function neededUntil(arrivalDay: number, destinationReplenishDays: number): number {
  return arrivalDay + Math.max(0, Math.ceil(destinationReplenishDays));
}

/** The earlier move that forbids moving the SKU from `fromId` to `toId` on `day`, or null. */
export function reverseOf(past: readonly PastTransfer[], fromId: number, toId: number, day: number): PastTransfer | null {
  for (const p of past) if (p.fromId === toId && p.toId === fromId && day < p.neededUntilDay) return p;
  return null;
}
