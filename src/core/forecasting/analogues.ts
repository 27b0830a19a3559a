/**
 * Finding analogous SKUs for a new one: same category first, then brand, price band (±30%),
 * shared attributes, and a preference for SKUs the history saw launching in the same season
 * (their launch curve can be read by age without mixing in another season's peak). Another
 * location of the same SKU is best of all.
 */

import type { ProductInfo } from './products';

export interface AnalogueCandidate {
  product: ProductInfo;
  locationId: number;
  /** Filled bucket history, oldest first. */
  history: Float64Array;
  forecastMean: Float64Array;
  /** Day the history saw it launch (first sale or launch date), or null when it sold from the start. */
  launchDay: number | null;
}

export interface ScoredAnalogue {
  candidate: AnalogueCandidate;
  score: number;
  reasons: string[];
  /** Launched within the history in the target's season: its curve is read by age since launch. */
  launchAligned: boolean;
}

/** Launches at most this many days apart in the year count as the same season. */
export const SAME_SEASON_DAYS = 60;

export const PRICE_BAND = 0.3;
export const MAX_ANALOGUES = 10;
/** Fewer candidates than this on a shelf and the search widens. */
const MIN_SHELF = 3;

/** Candidates indexed by location and category, so a search scores one shelf, not the catalogue. */
export class AnaloguePool {
  private readonly all: Shelf;
  private readonly byLocation: Map<number, Shelf>;
  private readonly byCategory: Map<string, Shelf>;
  private readonly byCategoryAndLocation: Map<string, Shelf>;
  private readonly codes = new ProductCodes();

  constructor(candidates: readonly AnalogueCandidate[]) {
    const byLocation = new Map<number, AnalogueCandidate[]>();
    const byCategory = new Map<string, AnalogueCandidate[]>();
    const byCategoryAndLocation = new Map<string, AnalogueCandidate[]>();
    for (const c of candidates) {
      push(byLocation, c.locationId, c);
      if (c.product.category === null) continue;
      push(byCategory, c.product.category, c);
      push(byCategoryAndLocation, `${c.locationId}|${c.product.category}`, c);
    }
    const shelf = (list: AnalogueCandidate[]) => new Shelf(list, this.codes);
    this.all = shelf([...candidates]);
    this.byLocation = new Map([...byLocation].map(([k, list]) => [k, shelf(list)]));
    this.byCategory = new Map([...byCategory].map(([k, list]) => [k, shelf(list)]));
    this.byCategoryAndLocation = new Map([...byCategoryAndLocation].map(([k, list]) => [k, shelf(list)]));
  }

  /** Best analogues in the target's category at its location, widened when that shelf is thin. */
  find(target: ProductInfo, locationId: number, targetLaunchDay: number | null, limit = MAX_ANALOGUES): ScoredAnalogue[] {
    const category = target.category;
    const shelves = [
      category === null ? undefined : this.byCategoryAndLocation.get(`${locationId}|${category}`),
      category === null ? undefined : this.byCategory.get(category),
      this.byLocation.get(locationId),
    ];
    const shelf = shelves.find((s) => s !== undefined && s.usable(target.id, locationId) >= MIN_SHELF) ?? this.all;
    const best = shelf.best(target, this.codes.of(target), locationId, targetLaunchDay, limit);
    return best.map(({ candidate }) => ({ candidate, ...similarity(target, candidate, targetLaunchDay) }));
  }
}

/**
 * One shelf's candidates with what the score compares laid out in typed arrays: a search reads
 * them in order instead of chasing each candidate's objects (shelves of 10,000 at 50,000 SKUs).
 */
class Shelf {
  private readonly products: Int32Array;
  private readonly locations: Int32Array;
  private readonly categories: Int32Array;
  private readonly brands: Int32Array;
  /** 0 where the catalogue has no price. */
  private readonly prices: Float64Array;
  /** NaN where the launch was not seen. */
  private readonly launches: Float64Array;
  /** Each candidate's attribute names then name=value pairs, interned, one after another (a search reads them in one place). */
  private readonly attributes: Int32Array;
  /** Where each candidate's attributes start in `attributes` (one more entry: the end). */
  private readonly attributesAt: Uint32Array;
  private readonly nameCounts: Uint16Array;
  /** Each brand's candidates, in shelf order. */
  private readonly byBrand = new Map<number, number[]>();
  /** The candidates by price, lowest first (no price counts as 0). */
  private readonly byPrice: Uint32Array;
  /** The candidates whose launch the history saw. */
  private readonly launched: Uint32Array;

  constructor(
    private readonly candidates: readonly AnalogueCandidate[],
    index: ProductCodes,
  ) {
    const n = candidates.length;
    this.products = new Int32Array(n);
    this.locations = new Int32Array(n);
    this.categories = new Int32Array(n);
    this.brands = new Int32Array(n);
    this.prices = new Float64Array(n);
    this.launches = new Float64Array(n);
    this.attributesAt = new Uint32Array(n + 1);
    this.nameCounts = new Uint16Array(n);
    const codesOf = candidates.map((c) => index.of(c.product));
    let attributeCount = 0;
    for (const codes of codesOf) attributeCount += codes.names.length + codes.pairs.length;
    this.attributes = new Int32Array(attributeCount);
    let at = 0;
    candidates.forEach((c, k) => {
      const codes = codesOf[k]!;
      this.attributesAt[k] = at;
      this.nameCounts[k] = codes.names.length;
      this.attributes.set(codes.names, at);
      this.attributes.set(codes.pairs, at + codes.names.length);
      at += codes.names.length + codes.pairs.length;
      this.products[k] = c.product.id;
      this.locations[k] = c.locationId;
      this.categories[k] = codes.category;
      this.brands[k] = codes.brand;
      this.prices[k] = c.product.price || 0;
      this.launches[k] = c.launchDay ?? NaN;
      if (codes.brand >= 0) {
        const list = this.byBrand.get(codes.brand);
        if (list) list.push(k);
        else this.byBrand.set(codes.brand, [k]);
      }
    });
    this.attributesAt[n] = at;
    const { prices } = this;
    this.byPrice = Uint32Array.from(candidates.keys()).sort((a, b) => (prices[a] as number) - (prices[b] as number) || a - b);
    this.launched = Uint32Array.from(candidates.keys()).filter((k) => !Number.isNaN(this.launches[k]));
  }

  /**
   * The positions in byPrice of every candidate whose price can be within PRICE_BAND of
   * `targetPrice` (a margin wider, for rounding), and those prices' bounds [lowest, above); null
   * for a negative price (not searched by band).
   */
  private priceBand(targetPrice: number | null): { from: number; to: number; lowest: number; above: number } | null {
    if (!targetPrice) return { from: 0, to: 0, lowest: 0, above: 0 };
    if (targetPrice < 0) return null;
    const lowest = targetPrice * (1 - PRICE_BAND) * (1 - 1e-6);
    const above = targetPrice * (1 + PRICE_BAND) * (1 + 1e-6);
    return { from: this.firstPriceFrom(lowest), to: this.firstPriceFrom(above), lowest, above };
  }

  /** The first position in byPrice whose price is at least `price`. */
  private firstPriceFrom(price: number): number {
    let lo = 0;
    let hi = this.byPrice.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.prices[this.byPrice[mid]!] as number) < price) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Candidates other than the target itself. */
  usable(productId: number, locationId: number): number {
    for (let k = 0; k < this.products.length; k++) {
      if (this.products[k] === productId && this.locations[k] === locationId) return this.products.length - 1;
    }
    return this.products.length;
  }

  /**
   * The `limit` best by similarityScore (same terms, added in the same order, so the same
   * numbers), ties by product then location. The target's brand is looked through first, so
   * the bar (the current tenth best) is high before the rest of the shelf: a candidate whose
   * cheap terms plus the most the attributes and a shared launch season could add stay under
   * it is passed over. The best under a total order do not depend on the order they are met in.
   */
  best(target: ProductInfo, targetCodes: Codes, locationId: number, targetLaunchDay: number | null, limit: number): { candidate: AnalogueCandidate; score: number }[] {
    const search: Search = { target, targetCodes, locationId, targetLaunchDay, limit, best: [], bar: -Infinity };
    const sameBrand = targetCodes.brand >= 0 ? this.byBrand.get(targetCodes.brand) : undefined;
    if (sameBrand) for (const k of sameBrand) this.consider(k, search);
    const { brands, byPrice } = this;
    const otherBrand = (k: number) => {
      if (!sameBrand || brands[k] !== targetCodes.brand) this.consider(k, search);
    };
    // Another brand's candidate outside the price band scores at most UNPRICED_MOST, or
    // UNPRICED_UNLAUNCHED_MOST when it shares no launch season: once the bar is above that,
    // consider() would pass over each of them, so they are not visited.
    const band = search.bar > UNPRICED_UNLAUNCHED_MOST ? this.priceBand(target.price) : null;
    if (!band) {
      for (let k = 0; k < brands.length; k++) otherBrand(k);
      return search.best;
    }
    for (let i = band.from; i < band.to; i++) otherBrand(byPrice[i]!);
    if (search.bar <= UNPRICED_MOST) {
      const { prices } = this;
      for (const k of this.launched) if (prices[k]! < band.lowest || prices[k]! >= band.above) otherBrand(k);
    }
    return search.best;
  }

  /** Candidate k scored against the search's target, and kept among its best when it ranks there. */
  private consider(k: number, search: Search): void {
    const id = this.products[k] as number;
    const { target, targetCodes, locationId, targetLaunchDay, best, limit } = search;
    if (id === target.id && this.locations[k] === locationId) return;
    let score = 0;
    if (id === target.id) score += 6;
    if (targetCodes.category >= 0 && this.categories[k] === targetCodes.category) score += 4;
    if (targetCodes.brand >= 0 && this.brands[k] === targetCodes.brand) score += 2;
    const price = this.prices[k] as number;
    const targetPrice = target.price;
    if (targetPrice && price) {
      const gap = price / targetPrice - 1;
      if (Math.abs(gap) <= PRICE_BAND) score += 2 * (1 - Math.abs(gap) / PRICE_BAND);
    }
    // Even a shared launch season would not lift it to the bar: the season is not worked out.
    if (score + MAX_ATTRIBUTE_SCORE + LAUNCH_SCORE < search.bar) return;
    const launch = this.launches[k] as number;
    const aligned = targetLaunchDay !== null && !Number.isNaN(launch) && daysApartInYear(launch, targetLaunchDay) <= SAME_SEASON_DAYS;
    if (score + MAX_ATTRIBUTE_SCORE + (aligned ? LAUNCH_SCORE : 0) < search.bar) return;
    score = withAttributesAndLaunch(score, targetCodes, this.attributes, this.attributesAt[k]!, this.nameCounts[k]!, this.attributesAt[k + 1]!, aligned);
    const candidate = this.candidates[k]!;
    if (best.length === limit && !ranksBefore(score, candidate, best[limit - 1]!)) return;
    let i = best.length - (best.length === limit ? 1 : 0);
    while (i > 0 && ranksBefore(score, candidate, best[i - 1]!)) i--;
    best.splice(i, 0, { candidate, score });
    if (best.length > limit) best.pop();
    if (best.length === limit) search.bar = best[limit - 1]!.score - 1e-9;
  }
}

/** One search through a shelf: the target, and the best found so far with the bar they set. */
interface Search {
  target: ProductInfo;
  targetCodes: Codes;
  locationId: number;
  targetLaunchDay: number | null;
  limit: number;
  best: { candidate: AnalogueCandidate; score: number }[];
  /** The current last best's score (less a rounding margin) once `limit` are found, else −∞. */
  bar: number;
}

const MAX_ATTRIBUTE_SCORE = 3;
const LAUNCH_SCORE = 1.5;
/** The most another brand's candidate outside the price band scores: category, attributes, launch season. */
const UNPRICED_MOST = 4 + MAX_ATTRIBUTE_SCORE + LAUNCH_SCORE;
/** The same without a shared launch season. */
const UNPRICED_UNLAUNCHED_MOST = 4 + MAX_ATTRIBUTE_SCORE;

/** What similarity compares of a product, as interned numbers (strings read from SQLite are compared character by character). */
interface Codes {
  /** −1 when null. */
  category: number;
  brand: number;
  /** Attribute names, and name=value pairs. */
  names: Int32Array;
  pairs: Int32Array;
}

/** Interns categories, brands, attribute names and name=value pairs, so comparing two products compares integers. */
class ProductCodes {
  private readonly codes = new Map<string, number>();
  private readonly byProduct = new WeakMap<ProductInfo, Codes>();

  of(product: ProductInfo): Codes {
    let found = this.byProduct.get(product);
    if (found) return found;
    const names: number[] = [];
    const pairs: number[] = [];
    for (const key in product.attributes) {
      names.push(this.code(`n${key}`));
      pairs.push(this.code(`p${key}\u0000${product.attributes[key]}`));
    }
    found = {
      category: product.category === null ? -1 : this.code(`c${product.category}`),
      brand: product.brand === null ? -1 : this.code(`b${product.brand}`),
      names: Int32Array.from(names),
      pairs: Int32Array.from(pairs),
    };
    this.byProduct.set(product, found);
    return found;
  }

  private code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) this.codes.set(text, (code = this.codes.size));
    return code;
  }
}

/** How many of `a` are among `flat[from..to)`. */
function countCommon(a: Int32Array, flat: Int32Array, from: number, to: number): number {
  let common = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    for (let j = from; j < to; j++) {
      if (flat[j] === x) {
        common++;
        break;
      }
    }
  }
  return common;
}

/** Higher score first; ties by product then location, so runs are repeatable. */
function ranksBefore(score: number, c: AnalogueCandidate, other: { candidate: AnalogueCandidate; score: number }): boolean {
  if (score !== other.score) return score > other.score;
  const o = other.candidate;
  return c.product.id !== o.product.id ? c.product.id < o.product.id : c.locationId < o.locationId;
}

function push<K>(map: Map<K, AnalogueCandidate[]>, key: K, value: AnalogueCandidate): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Higher is more alike; the reasons say why, for the planner. */
export function similarity(target: ProductInfo, candidate: AnalogueCandidate, targetLaunchDay: number | null): Omit<ScoredAnalogue, 'candidate'> {
  return {
    score: similarityScore(target, candidate, targetLaunchDay),
    reasons: similarityReasons(target, candidate, targetLaunchDay),
    launchAligned: launchAligned(candidate, targetLaunchDay),
  };
}

/** Both launches known and within SAME_SEASON_DAYS of each other in the year. */
export function launchAligned(candidate: AnalogueCandidate, targetLaunchDay: number | null): boolean {
  if (candidate.launchDay === null || targetLaunchDay === null) return false;
  return daysApartInYear(candidate.launchDay, targetLaunchDay) <= SAME_SEASON_DAYS;
}

/** Days between two days' places in the year, either way round. */
function daysApartInYear(a: number, b: number): number {
  const apart = Math.abs(a - b) % 365.25;
  return Math.min(apart, 365.25 - apart);
}

export function similarityScore(target: ProductInfo, candidate: AnalogueCandidate, targetLaunchDay: number | null): number {
  const other = candidate.product;
  let score = 0;
  if (other.id === target.id) score += 6;
  if (target.category !== null && other.category === target.category) score += 4;
  if (target.brand !== null && other.brand === target.brand) score += 2;
  const gap = priceGap(target, other);
  if (gap !== null) score += 2 * (1 - Math.abs(gap) / PRICE_BAND);
  const { shared, union } = attributeOverlap(target.attributes, candidate.product.attributes);
  if (shared > 0) score += (3 * shared) / union;
  if (launchAligned(candidate, targetLaunchDay)) score += LAUNCH_SCORE;
  return score;
}

/** similarityScore's last terms from interned attributes: the other's names and pairs are attributes[from..from+names) and [from+names..to). */
function withAttributesAndLaunch(partial: number, target: Codes, attributes: Int32Array, from: number, names: number, to: number, aligned: boolean): number {
  let score = partial;
  const shared = countCommon(target.pairs, attributes, from + names, to);
  if (shared > 0) score += (3 * shared) / (target.names.length + names - countCommon(target.names, attributes, from, from + names));
  if (aligned) score += LAUNCH_SCORE;
  return score;
}

function similarityReasons(target: ProductInfo, candidate: AnalogueCandidate, targetLaunchDay: number | null): string[] {
  const other = candidate.product;
  const reasons: string[] = [];
  if (other.id === target.id) reasons.push('same SKU, other location');
  if (target.category !== null && other.category === target.category) reasons.push('category');
  if (target.brand !== null && other.brand === target.brand) reasons.push('brand');
  const gap = priceGap(target, other);
  if (gap !== null) reasons.push(`price ${gap >= 0 ? '+' : '−'}${Math.round(Math.abs(gap) * 100)}%`);
  const { shared } = attributeOverlap(target.attributes, other.attributes);
  if (shared > 0) reasons.push(`${shared} shared attribute${shared > 1 ? 's' : ''}`);
  if (launchAligned(candidate, targetLaunchDay)) reasons.push('launched in the same season');
  return reasons;
}

/** Relative price difference when inside the band, else null. */
function priceGap(target: ProductInfo, other: ProductInfo): number | null {
  if (!target.price || !other.price) return null;
  const gap = other.price / target.price - 1;
  return Math.abs(gap) <= PRICE_BAND ? gap : null;
}

/** Attributes with equal values, and the number of distinct attribute names on either side. */
function attributeOverlap(a: Record<string, string>, b: Record<string, string>): { shared: number; union: number } {
  let shared = 0;
  let common = 0;
  let sizeA = 0;
  for (const key in a) {
    sizeA++;
    const other = b[key];
    if (other === undefined) continue;
    common++;
    if (other === a[key]) shared++;
  }
  return { shared, union: sizeA + Object.keys(b).length - common };
}
