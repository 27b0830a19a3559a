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
  private readonly all: AnalogueCandidate[];
  private readonly byLocation = new Map<number, AnalogueCandidate[]>();
  private readonly byCategory = new Map<string, AnalogueCandidate[]>();
  private readonly byCategoryAndLocation = new Map<string, AnalogueCandidate[]>();
  private readonly attributes = new AttributeIndex();

  constructor(candidates: readonly AnalogueCandidate[]) {
    this.all = [...candidates];
    for (const c of candidates) {
      this.attributes.of(c.product);
      push(this.byLocation, c.locationId, c);
      if (c.product.category === null) continue;
      push(this.byCategory, c.product.category, c);
      push(this.byCategoryAndLocation, `${c.locationId}|${c.product.category}`, c);
    }
  }

  /** Best analogues in the target's category at its location, widened when that shelf is thin. */
  find(target: ProductInfo, locationId: number, targetLaunchDay: number | null, limit = MAX_ANALOGUES): ScoredAnalogue[] {
    const isSelf = (c: AnalogueCandidate) => c.product.id === target.id && c.locationId === locationId;
    const usable = (list: AnalogueCandidate[] | undefined) => (list ?? []).length - ((list ?? []).some(isSelf) ? 1 : 0);
    const category = target.category;
    const shelves = [
      category === null ? undefined : this.byCategoryAndLocation.get(`${locationId}|${category}`),
      category === null ? undefined : this.byCategory.get(category),
      this.byLocation.get(locationId),
    ];
    const shelf = shelves.find((list) => usable(list) >= MIN_SHELF) ?? this.all;
    const targetAttributes = this.attributes.of(target);
    // Keep the best `limit` in a small sorted list: shelves hold thousands, we need ten.
    const best: { candidate: AnalogueCandidate; score: number }[] = [];
    for (const candidate of shelf) {
      if (isSelf(candidate)) continue;
      const aligned = launchAligned(candidate, targetLaunchDay);
      const partial = catalogueScore(target, candidate.product);
      // The attributes add at most 3: a candidate that cannot reach the tenth best is passed over
      // without comparing them (shelves of 10,000 made this search quadratic in the SKU count).
      if (best.length === limit && partial + MAX_ATTRIBUTE_SCORE + (aligned ? LAUNCH_SCORE : 0) < best[limit - 1]!.score - 1e-9) continue;
      const score = withAttributesAndLaunch(partial, targetAttributes, this.attributes.of(candidate.product), aligned);
      if (best.length === limit && !ranksBefore(score, candidate, best[limit - 1]!)) continue;
      let i = best.length - (best.length === limit ? 1 : 0);
      while (i > 0 && ranksBefore(score, candidate, best[i - 1]!)) i--;
      best.splice(i, 0, { candidate, score });
      if (best.length > limit) best.pop();
    }
    return best.map(({ candidate }) => ({ candidate, ...similarity(target, candidate, targetLaunchDay) }));
  }
}

const MAX_ATTRIBUTE_SCORE = 3;
const LAUNCH_SCORE = 1.5;

/** A product's attributes as interned numbers: its names, and its name=value pairs. */
interface AttributeCodes {
  names: Int32Array;
  pairs: Int32Array;
}

/** Interns attribute names and name=value pairs, so comparing two products compares a few integers. */
class AttributeIndex {
  private readonly codes = new Map<string, number>();
  private readonly byProduct = new WeakMap<ProductInfo, AttributeCodes>();

  of(product: ProductInfo): AttributeCodes {
    let found = this.byProduct.get(product);
    if (found) return found;
    const names: number[] = [];
    const pairs: number[] = [];
    for (const key in product.attributes) {
      names.push(this.code(`n${key}`));
      pairs.push(this.code(`p${key}\u0000${product.attributes[key]}`));
    }
    found = { names: Int32Array.from(names), pairs: Int32Array.from(pairs) };
    this.byProduct.set(product, found);
    return found;
  }

  private code(text: string): number {
    let code = this.codes.get(text);
    if (code === undefined) this.codes.set(text, (code = this.codes.size));
    return code;
  }
}

function countCommon(a: Int32Array, b: Int32Array): number {
  let common = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    for (let j = 0; j < b.length; j++) {
      if (b[j] === x) {
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
  const apart = Math.abs(candidate.launchDay - targetLaunchDay) % 365.25;
  return Math.min(apart, 365.25 - apart) <= SAME_SEASON_DAYS;
}

export function similarityScore(target: ProductInfo, candidate: AnalogueCandidate, targetLaunchDay: number | null): number {
  let score = catalogueScore(target, candidate.product);
  const { shared, union } = attributeOverlap(target.attributes, candidate.product.attributes);
  if (shared > 0) score += (3 * shared) / union;
  if (launchAligned(candidate, targetLaunchDay)) score += LAUNCH_SCORE;
  return score;
}

/** The score's first terms, in the order similarityScore adds them (so both give the same number). */
function catalogueScore(target: ProductInfo, other: ProductInfo): number {
  let score = 0;
  if (other.id === target.id) score += 6;
  if (target.category !== null && other.category === target.category) score += 4;
  if (target.brand !== null && other.brand === target.brand) score += 2;
  const gap = priceGap(target, other);
  if (gap !== null) score += 2 * (1 - Math.abs(gap) / PRICE_BAND);
  return score;
}

/** similarityScore's last terms from interned attributes. */
function withAttributesAndLaunch(partial: number, target: AttributeCodes, other: AttributeCodes, aligned: boolean): number {
  let score = partial;
  const shared = countCommon(target.pairs, other.pairs);
  if (shared > 0) score += (3 * shared) / (target.names.length + other.names.length - countCommon(target.names, other.names));
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
