import { basketItems, buildBaskets, type Baskets } from './baskets';
import type { ItemAttributes, PurchaseLine, RecommendationReason } from './types';

export interface LaunchAudienceInput {
  lines: readonly PurchaseLine[];
  items: readonly ItemAttributes[];
  newItem: ItemAttributes;
  /** How many customers to list (default 100). */
  top?: number;
  /** Days after launch the expected buyers count (default 90). */
  horizonDays?: number;
  /** The launch day (default: the day after the last line). */
  launchDay?: number;
}

export interface LaunchAudience {
  customers: { customerId: string; score: number; reason: RecommendationReason }[];
  /** Distinct customers expected to buy within horizonDays of the launch. */
  expectedBuyers: number;
  basis: {
    /** Which past launches the figure comes from: the same category, brand, or every launch. */
    scope: 'category' | 'brand' | 'all' | 'none';
    /** Past launches (SKUs first bought after the data's first 60 days with a whole horizon after). */
    launches: number;
    horizonDays: number;
    /** Mean and median buyers of those launches in their first horizonDays. */
    meanBuyers: number;
    medianBuyers: number;
    /** Buyers of a past launch as a share of the customers active when it launched (mean without the top and bottom tenth: one launch everyone bought must not set the figure). */
    adoptionRate: number;
    activeCustomers: number;
  };
}

/** Days of data before a SKU's first sale for it to count as a launch (not merely present from the start). */
export const WARM_UP_DAYS = 60;
const ACTIVE_DAYS = 180;

/**
 * The customers most likely to buy a new SKU: each customer's share of past purchases in its category,
 * brand and price band, weighted by how recently and often they buy. Expected buyers come from how past
 * launches of the same category (else brand, else all) were adopted, scaled to the customers active now.
 */
export function launchAudience(input: LaunchAudienceInput): LaunchAudience {
  const b = buildBaskets(input.lines);
  return audienceFrom(b, attributeIndex(b, input.items), input.newItem, input.launchDay ?? b.lastDay + 1, input.top ?? 100, input.horizonDays ?? 90);
}

/** launchAudience over indexed baskets, reading only orders before the launch day (so a backtest can reuse one index). */
export function audienceFrom(b: Baskets, attrs: AttributeIndex, target: ItemAttributes, launchDay: number, top: number, horizon: number): LaunchAudience {
  const band = priceBand(target.price);

  const scored: { c: number; score: number; matched: ('category' | 'brand' | 'price')[] }[] = [];
  for (let c = 0; c < b.customers.length; c++) {
    const orders = b.customerOrders[c]!;
    let lines = 0;
    let sameCategory = 0;
    let sameBrand = 0;
    let samePrice = 0;
    let recency = 0;
    for (const o of orders) {
      const day = b.orderDay[o]!;
      if (day >= launchDay) continue;
      recency += Math.exp((-Math.LN2 * (launchDay - day)) / 90);
      for (const s of basketItems(b, o)) {
        lines++;
        if (target.category && attrs.category[s] === target.category) sameCategory++;
        if (target.brand && attrs.brand[s] === target.brand) sameBrand++;
        if (band !== null && attrs.band[s] === band) samePrice++;
      }
    }
    if (lines === 0) continue;
    // Shares shrunk toward zero for thin histories (5 lines of pseudo-count).
    const cat = sameCategory / (lines + 5);
    const brand = sameBrand / (lines + 5);
    const price = samePrice / (lines + 5);
    const affinity = 0.5 * cat + 0.3 * brand + 0.2 * price;
    const score = affinity * Math.log1p(recency);
    if (score <= 0) continue;
    const matched: ('category' | 'brand' | 'price')[] = [];
    if (sameCategory > 0) matched.push('category');
    if (sameBrand > 0) matched.push('brand');
    if (samePrice > 0) matched.push('price');
    scored.push({ c, score, matched });
  }
  scored.sort((x, y) => y.score - x.score || x.c - y.c);
  const maxScore = scored[0]?.score ?? 1;
  const customers = scored.slice(0, top).map(({ c, score, matched }) => ({
    customerId: b.customers[c]!,
    score: Math.round((score / maxScore) * 10_000) / 10_000,
    reason: {
      kind: 'attribute' as const,
      matched,
      ...(target.category ? { category: target.category } : {}),
      ...(target.brand ? { brand: target.brand } : {}),
    },
  }));

  const basis = launchBasis(b, attrs, target, horizon, launchDay);
  return { customers, expectedBuyers: Math.round(basis.adoptionRate * basis.activeCustomers * 10) / 10, basis };
}

export interface AttributeIndex {
  category: (string | null)[];
  brand: (string | null)[];
  band: (number | null)[];
}

export function attributeIndex(b: Baskets, items: readonly ItemAttributes[]): AttributeIndex {
  const byId = new Map(items.map((item) => [item.sku, item]));
  return {
    category: b.skus.map((sku) => byId.get(sku)?.category ?? null),
    brand: b.skus.map((sku) => byId.get(sku)?.brand ?? null),
    band: b.skus.map((sku) => priceBand(byId.get(sku)?.price)),
  };
}

/** Price bands of a factor of 2 (…, 1–2, 2–4, 4–8, …): "the same price band". */
export function priceBand(price: number | null | undefined): number | null {
  if (price === null || price === undefined || !(price > 0)) return null;
  return Math.floor(Math.log2(price));
}

function activeCustomers(b: Baskets, day: number): number {
  let active = 0;
  for (const orders of b.customerOrders) {
    for (let k = orders.length - 1; k >= 0; k--) {
      const d = b.orderDay[orders[k]!]!;
      if (d < day && d >= day - ACTIVE_DAYS) {
        active++;
        break;
      }
      if (d < day - ACTIVE_DAYS) break;
    }
  }
  return active;
}

/** How past launches were adopted: buyers in their first horizon days, per customers active at their launch. */
function launchBasis(b: Baskets, attrs: AttributeIndex, target: ItemAttributes, horizon: number, launchDay: number): LaunchAudience['basis'] {
  const n = b.skus.length;
  const first = new Int32Array(n).fill(2 ** 31 - 1);
  for (let o = 0; o < b.orderIds.length; o++) {
    for (const s of basketItems(b, o)) if (b.orderDay[o]! < first[s]!) first[s] = b.orderDay[o]!;
  }
  const buyers = Array.from({ length: n }, () => new Set<number>());
  let guestKey = -1;
  for (let o = 0; o < b.orderIds.length; o++) {
    const day = b.orderDay[o]!;
    if (day >= launchDay) continue;
    for (const s of basketItems(b, o)) {
      if (day - first[s]! < horizon) buyers[s]!.add(b.orderCustomer[o]! >= 0 ? b.orderCustomer[o]! : guestKey--);
    }
  }
  const launches: number[] = [];
  for (let s = 0; s < n; s++) {
    // Only launches whose whole horizon lies before this launch: nothing after it is read.
    if (first[s]! >= b.firstDay + WARM_UP_DAYS && first[s]! + horizon <= Math.min(b.lastDay + 1, launchDay)) launches.push(s);
  }
  const inScope = (scope: 'category' | 'brand') => launches.filter((s) => (scope === 'category' ? target.category && attrs.category[s] === target.category : target.brand && attrs.brand[s] === target.brand));
  let scope: LaunchAudience['basis']['scope'] = 'none';
  let chosen: number[] = [];
  for (const candidate of ['category', 'brand'] as const) {
    const list = inScope(candidate);
    if (list.length >= 3) {
      scope = candidate;
      chosen = list;
      break;
    }
  }
  if (scope === 'none' && launches.length > 0) {
    scope = 'all';
    chosen = launches;
  }
  const activeNow = activeCustomers(b, launchDay);
  if (chosen.length === 0) {
    return { scope: 'none', launches: 0, horizonDays: horizon, meanBuyers: 0, medianBuyers: 0, adoptionRate: 0, activeCustomers: activeNow };
  }
  const counts = chosen.map((s) => buyers[s]!.size).sort((x, y) => x - y);
  const rates = chosen.map((s) => buyers[s]!.size / Math.max(1, activeCustomers(b, first[s]!)));
  const mean = counts.reduce((sum, x) => sum + x, 0) / counts.length;
  const mid = counts.length >> 1;
  const median = counts.length % 2 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  return {
    scope,
    launches: chosen.length,
    horizonDays: horizon,
    meanBuyers: Math.round(mean * 10) / 10,
    medianBuyers: median,
    adoptionRate: trimmedMean(rates),
    activeCustomers: activeNow,
  };
}

function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, x) => sum + x, 0) / kept.length;
}
