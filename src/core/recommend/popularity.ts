import type { Baskets } from './baskets';
import { basketItems } from './baskets';

/** Store-wide signals: who bought each SKU recently (popular) and how that grew against the window before (trending). */
export interface ItemSignals {
  /** Distinct buyers (customers, plus each guest order) in the recent window. */
  recentBuyers: Float64Array;
  previousBuyers: Float64Array;
  popular: Float64Array;
  trending: Float64Array;
  /** Day each SKU was first bought. */
  firstDay: Int32Array;
}

export function itemSignals(b: Baskets, orders: Iterable<number>, asOfDay: number, windowDays = 60): ItemSignals {
  const n = b.skus.length;
  const recent = new Float64Array(n);
  const previous = new Float64Array(n);
  const firstDay = new Int32Array(n).fill(2 ** 31 - 1);
  const seenRecent = new Set<number>();
  const seenPrevious = new Set<number>();
  for (const o of orders) {
    const day = b.orderDay[o]!;
    const age = asOfDay - day;
    const c = b.orderCustomer[o]!;
    for (const s of basketItems(b, o)) {
      if (day < firstDay[s]!) firstDay[s] = day;
      // Count each customer once per SKU and window; guests count per order.
      const key = c >= 0 ? c * n + s : -1;
      if (age >= 0 && age < windowDays) {
        if (key < 0 || !seenRecent.has(key)) recent[s]! += 1;
        if (key >= 0) seenRecent.add(key);
      } else if (age >= windowDays && age < 2 * windowDays) {
        if (key < 0 || !seenPrevious.has(key)) previous[s]! += 1;
        if (key >= 0) seenPrevious.add(key);
      }
    }
  }
  const popular = new Float64Array(n);
  const trending = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    popular[s] = recent[s]!;
    // Growth shrunk toward 1 for small counts, times the recent volume so a 1→3 jump does not top the list.
    const growth = (recent[s]! + 2) / (previous[s]! + 2);
    trending[s] = growth > 1 ? recent[s]! * Math.log(growth) : 0;
  }
  return { recentBuyers: recent, previousBuyers: previous, popular, trending, firstDay };
}
