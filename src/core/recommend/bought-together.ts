import { buildBaskets } from './baskets';
import { coOccurrence } from './item-knn';
import type { BoughtTogetherOptions, BoughtTogetherPair, PurchaseLine } from './types';

/**
 * Co-purchase pairs per SKU with support, confidence and lift, over every order (guests' too).
 * A pair is kept when enough orders hold both; each SKU keeps its best pairs by lift, then orders.
 */
export function boughtTogether(lines: readonly PurchaseLine[], options: BoughtTogetherOptions = {}): BoughtTogetherPair[] {
  const minSupport = options.minSupport ?? 0;
  const minOrders = Math.max(1, options.minOrders ?? 2);
  const topPerSku = options.topPerSku ?? 10;
  const b = buildBaskets(lines);
  const orderCount = b.orderIds.length;
  if (orderCount === 0) return [];
  const orders = Array.from({ length: orderCount }, (_, o) => o);
  const { rowStart, other, both: together, count } = coOccurrence(b, orders, Number.POSITIVE_INFINITY);
  const out: BoughtTogetherPair[] = [];
  const row: BoughtTogetherPair[] = [];
  for (let i = 0; i < b.skus.length; i++) {
    row.length = 0;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const j = other[p]!;
      const both = together[p]!;
      const support = both / orderCount;
      if (both < minOrders || support < minSupport) continue;
      const confidence = both / count[i]!;
      row.push({
        sku: b.skus[i]!,
        otherSku: b.skus[j]!,
        orders: both,
        support,
        confidence,
        lift: confidence / (count[j]! / orderCount),
      });
    }
    row.sort((x, y) => y.lift - x.lift || y.orders - x.orders || (x.otherSku < y.otherSku ? -1 : 1));
    out.push(...row.slice(0, topPerSku));
  }
  return out;
}
