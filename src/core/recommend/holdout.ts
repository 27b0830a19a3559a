import type { PurchaseLine } from './types';
import { isPurchase } from './baskets';

/** One customer's held-out order: the distinct SKUs they bought in it. */
export interface HeldOutBasket {
  customerId: string;
  orderId: string;
  day: number;
  skus: Set<string>;
  /** Orders the customer had before it (in the lines kept). */
  pastOrders: number;
}

export interface HoldoutOptions {
  /** A customer is recent if their last order is within this many days of the data's last day (default 90). */
  recentDays?: number;
  /** Least earlier orders a held-out customer must have (default 1: there is history to learn from). */
  minPastOrders?: number;
  /** Use only lines up to this day (an earlier cut-off for a second check); default: all. */
  cutoffDay?: number;
}

/**
 * Hold out each recent customer's last order: the lines kept are everything else (other customers'
 * later orders included, as a file handed over with those orders removed would be).
 */
export function holdOutLastOrders(lines: readonly PurchaseLine[], options: HoldoutOptions = {}): { train: PurchaseLine[]; heldOut: HeldOutBasket[] } {
  const recentDays = options.recentDays ?? 90;
  const minPast = options.minPastOrders ?? 1;
  const cutoff = options.cutoffDay ?? Number.POSITIVE_INFINITY;
  const purchases = lines.filter((line) => isPurchase(line) && line.day <= cutoff);
  let lastDay = Number.NEGATIVE_INFINITY;
  const orders = new Map<string, { customerId: string; day: number; seq: number }>();
  let seq = 0;
  for (const line of purchases) {
    if (line.day > lastDay) lastDay = line.day;
    if (line.customerId === null || line.customerId === '') continue;
    const known = orders.get(line.orderId);
    if (!known) orders.set(line.orderId, { customerId: line.customerId, day: line.day, seq: seq++ });
    else if (line.day < known.day) known.day = line.day;
  }
  const perCustomer = new Map<string, { orderId: string; day: number; seq: number }[]>();
  for (const [orderId, order] of orders) {
    let list = perCustomer.get(order.customerId);
    if (!list) perCustomer.set(order.customerId, (list = []));
    list.push({ orderId, day: order.day, seq: order.seq });
  }
  const heldOutOrders = new Map<string, HeldOutBasket>();
  for (const [customerId, list] of perCustomer) {
    if (list.length < minPast + 1) continue;
    list.sort((a, b) => a.day - b.day || a.seq - b.seq);
    const last = list[list.length - 1]!;
    if (lastDay - last.day >= recentDays) continue;
    heldOutOrders.set(last.orderId, { customerId, orderId: last.orderId, day: last.day, skus: new Set(), pastOrders: list.length - 1 });
  }
  const train: PurchaseLine[] = [];
  for (const line of purchases) {
    const held = heldOutOrders.get(line.orderId);
    if (held) held.skus.add(line.sku);
    else train.push(line);
  }
  return { train, heldOut: [...heldOutOrders.values()] };
}
