import { basketItems, buildBaskets } from './baskets';
import { attributeIndex, audienceFrom, WARM_UP_DAYS } from './launch-audience';
import type { ItemAttributes, PurchaseLine } from './types';

export interface LaunchBacktestOptions {
  top?: number;
  horizonDays?: number;
  /** Launches scored at most (the latest ones). */
  maxLaunches?: number;
}

export interface LaunchBacktestResult {
  launches: number;
  horizonDays: number;
  top: number;
  /** Mean share of a launch's actual (named) buyers found in its top audience. */
  audienceRecall: number;
  /** Mean share of the top audience that bought (precision). */
  audiencePrecision: number;
  /** The same shares for the most active customers (the audience with no attributes), for comparison. */
  activeRecall: number;
  /** Expected against actual buyers: mean absolute error, mean error (bias) and the mean actual. */
  expectedMae: number;
  expectedBias: number;
  meanActualBuyers: number;
  /** Launches whose expected figure had past launches to learn from. */
  withBasis: number;
}

/**
 * Replay past launches: for each SKU first bought after the data's first days (with a whole horizon
 * after it), build its audience and expected buyers from the orders before its first day only, and
 * compare with who bought it in the horizon.
 */
export function backtestLaunches(lines: readonly PurchaseLine[], items: readonly ItemAttributes[], options: LaunchBacktestOptions = {}): LaunchBacktestResult {
  const top = options.top ?? 100;
  const horizon = options.horizonDays ?? 90;
  const b = buildBaskets(lines);
  const attrs = attributeIndex(b, items);
  const byId = new Map(items.map((item) => [item.sku, item]));
  const first = new Int32Array(b.skus.length).fill(2 ** 31 - 1);
  for (let o = 0; o < b.orderIds.length; o++) for (const s of basketItems(b, o)) if (b.orderDay[o]! < first[s]!) first[s] = b.orderDay[o]!;
  const launches = b.skus
    .map((_, s) => s)
    .filter((s) => first[s]! >= b.firstDay + 2 * WARM_UP_DAYS && first[s]! + horizon <= b.lastDay + 1 && byId.has(b.skus[s]!))
    .sort((x, y) => first[y]! - first[x]! || x - y)
    .slice(0, options.maxLaunches ?? 200);
  // Buyers (named customers) of each launch within its horizon.
  const buyers = new Map<number, Set<string>>(launches.map((s) => [s, new Set()]));
  for (let o = 0; o < b.orderIds.length; o++) {
    const c = b.orderCustomer[o]!;
    for (const s of basketItems(b, o)) {
      const set = buyers.get(s);
      if (set && b.orderDay[o]! < first[s]! + horizon) set.add(c >= 0 ? b.customers[c]! : `guest:${o}`);
    }
  }
  let recall = 0;
  let precision = 0;
  let activeRecall = 0;
  let absError = 0;
  let error = 0;
  let actualSum = 0;
  let withBasis = 0;
  let scored = 0;
  for (const s of launches) {
    const actual = buyers.get(s)!;
    const named = [...actual].filter((id) => !id.startsWith('guest:'));
    const result = audienceFrom(b, attrs, byId.get(b.skus[s]!)!, first[s]!, top, horizon);
    if (result.basis.scope !== 'none') withBasis++;
    absError += Math.abs(result.expectedBuyers - actual.size);
    error += result.expectedBuyers - actual.size;
    actualSum += actual.size;
    scored++;
    if (named.length > 0) {
      const found = result.customers.filter((c) => actual.has(c.customerId)).length;
      recall += found / named.length;
      precision += result.customers.length > 0 ? found / result.customers.length : 0;
      const active = mostActive(b, first[s]!, top);
      activeRecall += active.filter((id) => actual.has(id)).length / named.length;
    }
  }
  const n = Math.max(1, scored);
  return {
    launches: scored,
    horizonDays: horizon,
    top,
    audienceRecall: recall / n,
    audiencePrecision: precision / n,
    activeRecall: activeRecall / n,
    expectedMae: absError / n,
    expectedBias: error / n,
    meanActualBuyers: actualSum / n,
    withBasis,
  };
}

/** The customers with most orders in the 180 days before a day. */
function mostActive(b: ReturnType<typeof buildBaskets>, day: number, top: number): string[] {
  const counts: [number, number][] = [];
  b.customerOrders.forEach((orders, c) => {
    let n = 0;
    for (const o of orders) if (b.orderDay[o]! < day && b.orderDay[o]! >= day - 180) n++;
    if (n > 0) counts.push([c, n]);
  });
  return counts
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, top)
    .map(([c]) => b.customers[c]!);
}
