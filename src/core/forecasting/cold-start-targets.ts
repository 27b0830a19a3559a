/**
 * Which series need a cold start, and what each knows about itself: the short history, the
 * launch plan (split evenly over the SKU's locations when entered for all of them), and how many buckets
 * remain until a future launch. New SKUs with no sales at all are placed where their brand sells.
 */

import { dayFromIso } from '../ground/calendar';
import type { BucketGrid } from './bucket-grid';
import type { ColdStartTarget } from './cold-start';
import { fillCensored } from './fill-censored';
import type { History, SeriesHistory } from './history';
import { planPerBucket, type LaunchPlan } from './launch-plans';
import type { ProductInfo } from './products';
import { ALL_LOCATIONS, type Frequency, type LocationMode } from './types';

/** Fewer buckets than this (8 weeks; the engine's own minimum for other frequencies) = cold start. */
export const COLD_START_BUCKETS: Record<Frequency, number> = { day: 56, week: 8, month: 8 };

export interface TargetContext {
  grid: BucketGrid;
  locations: LocationMode;
  products: ReadonlyMap<number, ProductInfo>;
  plans: readonly LaunchPlan[];
  /** Every location that has sales, where each brand sells, and how many locations each SKU sells in. */
  allLocations: number[];
  brandLocations: Map<string, Set<number>>;
  productLocationCount: Map<number, number>;
}

/** What the targets need to know about the whole workspace. */
export function buildTargetContext(
  history: Pick<History, 'grid'> & { series: Iterable<Pick<SeriesHistory, 'productId' | 'locationId'>> },
  products: ReadonlyMap<number, ProductInfo>,
  plans: readonly LaunchPlan[],
  locations: LocationMode,
): TargetContext {
  const brandLocations = new Map<string, Set<number>>();
  const productLocationCount = new Map<number, number>();
  const all = new Set<number>();
  for (const s of history.series) {
    all.add(s.locationId);
    productLocationCount.set(s.productId, (productLocationCount.get(s.productId) ?? 0) + 1);
    const brand = products.get(s.productId)?.brand;
    if (brand == null) continue;
    const set = brandLocations.get(brand) ?? new Set<number>();
    set.add(s.locationId);
    brandLocations.set(brand, set);
  }
  return { grid: history.grid, locations, products, plans, allLocations: [...all].sort((a, b) => a - b), brandLocations, productLocationCount };
}

export function targetFromHistory(series: SeriesHistory, product: ProductInfo, ctx: TargetContext): ColdStartTarget {
  const observed = fillCensored(series.values, series.integral);
  return {
    product,
    locationId: series.locationId,
    observed,
    observedPromoShare: series.promoShare.slice(series.promoShare.length - observed.length),
    integral: series.integral,
    plan: planFor(product, series.locationId, 1 / (ctx.productLocationCount.get(product.id) ?? 1), ctx),
    launchDay: series.startDay,
    launchOffset: 0,
    censoredBuckets: series.censoredBuckets,
    cappedBuckets: series.cappedBuckets,
    promoShare: series.totalUnits > 0 ? series.promoUnits / series.totalUnits : 0,
  };
}

/** New SKUs (status 'new' or with a launch plan) that have no sales row yet. */
export function targetsWithoutHistory(withHistory: ReadonlySet<number>, ctx: TargetContext): ColdStartTarget[] {
  const planned = new Set(ctx.plans.map((p) => p.productId));
  const targets: ColdStartTarget[] = [];
  for (const product of ctx.products.values()) {
    if (withHistory.has(product.id) || product.status === 'discontinued') continue;
    if (product.status !== 'new' && !planned.has(product.id)) continue;
    const locations = locationsFor(product, ctx);
    for (const locationId of locations) {
      targets.push({
        product,
        locationId,
        observed: new Float64Array(0),
        observedPromoShare: new Float64Array(0),
        integral: true,
        plan: planFor(product, locationId, 1 / locations.length, ctx),
        launchDay: plannedLaunch(product, ctx),
        launchOffset: launchOffset(product, ctx),
        censoredBuckets: 0,
        cappedBuckets: 0,
        promoShare: 0,
      });
    }
  }
  return targets;
}

function locationsFor(product: ProductInfo, ctx: TargetContext): number[] {
  if (ctx.locations === 'total') return [ALL_LOCATIONS];
  const planned = ctx.plans.filter((p) => p.productId === product.id && p.locationId !== null).map((p) => p.locationId as number);
  if (planned.length) return [...new Set(planned)].sort((a, b) => a - b);
  const brand = product.brand !== null ? ctx.brandLocations.get(product.brand) : undefined;
  return brand?.size ? [...brand].sort((a, b) => a - b) : ctx.allLocations;
}

/**
 * The plan for one series: the location's own plan, else the all-locations plan at `share`
 * (total-mode series add up every plan of the SKU).
 */
function planFor(product: ProductInfo, locationId: number, share: number, ctx: TargetContext): Float64Array | null {
  const plans = ctx.plans.filter((p) => p.productId === product.id);
  if (plans.length === 0) return null;
  const frequency = ctx.grid.frequency;
  if (locationId === ALL_LOCATIONS) {
    const whole = plans.find((p) => p.locationId === null);
    if (whole) return planPerBucket(whole, frequency);
    const parts = plans.map((p) => planPerBucket(p, frequency));
    const out = new Float64Array(Math.max(...parts.map((p) => p.length)));
    for (const part of parts) part.forEach((v, i) => (out[i]! += v));
    return out;
  }
  const own = plans.find((p) => p.locationId === locationId);
  if (own) return planPerBucket(own, frequency);
  const whole = plans.find((p) => p.locationId === null);
  return whole ? planPerBucket(whole, frequency, share) : null;
}

/** The plan's start date, else the product's launch date. */
function plannedLaunch(product: ProductInfo, ctx: TargetContext): number | null {
  const plan = ctx.plans.find((p) => p.productId === product.id && p.startDate);
  return plan?.startDate ? dayFromIso(plan.startDate) : product.launchDay;
}

/** Future buckets before the one the launch falls in (0 when launched or unknown). */
function launchOffset(product: ProductInfo, ctx: TargetContext): number {
  const launch = plannedLaunch(product, ctx);
  if (launch === null || !(launch > ctx.grid.lastDay)) return 0;
  let k = 1;
  while (ctx.grid.futureEndDay(k) < launch && k < 10_000) k++;
  return k - 1;
}
