/**
 * Cold start: a SKU with too little history is forecast from analogous SKUs. An analogue that
 * launched in the same season lends its launch curve, read by age since launch (its history
 * since launch, continued by its own forecast); any other analogue lends its calendar-aligned
 * recent history and forecast, which carry the right seasonality. Each analogue is scaled to
 * the new SKU's first sales (promotion weeks left out when there are others, since a launch
 * promotion says little about normal weeks), or to its launch plan, or not at all when there
 * is neither (scales far from the median scale are clamped). The mean is the average scaled
 * curve; the analogues' robust spread is a level uncertainty shared by all periods, added to
 * count noise.
 */

import type { ForecastReason } from '../forecast/reason';
import { seasonalNaive } from '../forecast';
import { stepQuantiles } from '../forecast/quantiles';
import { widenForShortHistory } from '../forecast/short-history';
import { YEAR_BUCKETS } from './pooled-season';
import { meanAbsDiff, meanSquaredDiff } from '../forecast/series';
import type { ScoredAnalogue } from './analogues';
import type { EngineSettings } from './forecast-established';
import { PROMO_BUCKET_SHARE } from './outliers';
import type { ProductInfo } from './products';
import { median, robustSd, sum } from './stats';
import { STORED_KEYS, STORED_LEVELS, type SeriesForecast, type StoredKey } from './types';

export interface ColdStartTarget {
  product: ProductInfo;
  locationId: number;
  /** Filled history since the first sale or launch (may be empty), and each bucket's promotion share. */
  observed: Float64Array;
  observedPromoShare: Float64Array;
  integral: boolean;
  /** Planned units per bucket by age since launch, or null. */
  plan: Float64Array | null;
  /** Day of launch (first sale when unknown), or null for a SKU with neither. */
  launchDay: number | null;
  /** Buckets from the end of history to a future launch (0 when launched). */
  launchOffset: number;
  censoredBuckets: number;
  cappedBuckets: number;
  promoShare: number;
}

/** Units at an age (buckets since the new SKU's first bucket). */
type Curve = (age: number) => number;

/** An analogue's history is one noisy path: smooth it over about a week (days) or three weeks. */
const SMOOTHING: Record<EngineSettings['frequency'], number> = { day: 7, week: 3, month: 1 };
/** An analogue whose scale is further than this from the median scale is pulled back to it. */
const RATIO_SPREAD = 3;

export function forecastColdStart(target: ColdStartTarget, analogues: readonly ScoredAnalogue[], settings: EngineSettings): SeriesForecast {
  const h = settings.horizon;
  const A = target.observed.length;
  const smoothing = SMOOTHING[settings.frequency];
  const curves = analogues.map((a) => curveOf(a, A, target.launchOffset, smoothing));
  // Nothing alike in the workspace: the SKU's own mean (or its plan's) is all there is.
  if (curves.length === 0) curves.push(flatCurve(target));
  const scales = clampToMedian(curves.map((curve) => scaleFor(target, curve)));

  const mean = new Float64Array(h);
  let variance: Float64Array = new Float64Array(h);
  let cumVariance: Float64Array = new Float64Array(h);
  let sdSum = 0;
  let noiseSum = 0;
  for (let t = 0; t < h; t++) {
    const age = A + t - target.launchOffset;
    const scaled = curves.map((curve, a) => (age < 0 ? 0 : (scales[a] as number) * curve(age)));
    const mu = sum(scaled) / scaled.length;
    const sd = robustSd(scaled);
    mean[t] = mu;
    variance[t] = sd * sd + mu;
    // The analogue spread is one level uncertainty for every period: its sds add, the noise variances add.
    sdSum += sd;
    noiseSum += mu;
    cumVariance[t] = sdSum * sdSum + noiseSum;
  }
  const family = target.integral ? 'count' : 'normal';
  // A few weeks of its own sales say little about the months ahead: the band widens with the horizon (short-history.ts).
  const { dist } = widenForShortHistory({ mean, variance, cumVariance, family }, A, YEAR_BUCKETS[settings.frequency]);
  variance = dist.variance;
  cumVariance = dist.cumVariance;
  const naive = A > 0 ? seasonalNaive(target.observed, h, settings.seasonLength) : null;
  return {
    productId: target.product.id,
    locationId: target.locationId,
    method: 'analogues',
    demandClass: 'new',
    reason: coldStartReason(target, analogues, settings),
    family,
    historyBuckets: A,
    mean,
    variance,
    cumVariance,
    quantiles: quantilesOf(mean, variance, family),
    snaive: naive ? naive.mean.map((v) => Math.max(0, v)) : new Float64Array(h),
    snaiveVariance: naive?.variance[0] ?? 0,
    scaleMae: A > 1 ? meanAbsDiff(target.observed, settings.seasonLength) : NaN,
    scaleMse: A > 1 ? meanSquaredDiff(target.observed, settings.seasonLength) : NaN,
    backtest: null,
    calibrationFactor: 1,
    analogues: analogues.map((a, i) => ({
      productId: a.candidate.product.id,
      sku: a.candidate.product.sku,
      locationId: a.candidate.locationId,
      score: Math.round(a.score * 100) / 100,
      reasons: a.reasons,
      launchAligned: a.launchAligned,
      scale: Math.round((scales[i] as number) * 1000) / 1000,
    })),
    censoredBuckets: target.censoredBuckets,
    cappedBuckets: target.cappedBuckets,
    promoShare: target.promoShare,
  };
}

function curveOf(a: ScoredAnalogue, observedBuckets: number, launchOffset: number, smoothing: number): Curve {
  const { history, forecastMean } = a.candidate;
  const full = new Float64Array(history.length + forecastMean.length);
  full.set(movingAverage(history, smoothing));
  full.set(forecastMean, history.length);
  const last = full.length - 1;
  // By age since its own launch, or by the calendar the new SKU lives in.
  const offset = a.launchAligned ? 0 : history.length - observedBuckets + launchOffset;
  return (age) => (full[Math.max(0, Math.min(last, offset + age))] as number) ?? 0;
}

function flatCurve(target: ColdStartTarget): Curve {
  const A = target.observed.length;
  const level = A > 0 ? sum(target.observed) / A : target.plan ? sum(target.plan) / target.plan.length : 0;
  return () => level;
}

/**
 * Plan total over the analogue's first plan buckets, or observed sales over the same ages
 * (non-promotion buckets only, when there are any). (a + 1) / (b + 1) stays finite and leans
 * to the analogue's own level when counts are tiny.
 */
function scaleFor(target: ColdStartTarget, curve: Curve): number {
  if (target.plan) {
    let planned = 0;
    let analogue = 0;
    target.plan.forEach((units, age) => {
      planned += units;
      analogue += curve(age);
    });
    return (planned + 1) / (analogue + 1);
  }
  const A = target.observed.length;
  if (A === 0) return 1;
  const regular = [...target.observedPromoShare].map((share) => share < PROMO_BUCKET_SHARE);
  const useAll = !regular.includes(true);
  let own = 0;
  let analogue = 0;
  for (let age = 0; age < A; age++) {
    if (!useAll && !regular[age]) continue;
    own += target.observed[age] as number;
    analogue += curve(age);
  }
  return (own + 1) / (analogue + 1);
}

/** Centred moving average over `width` buckets (shorter at the ends). */
export function movingAverage(values: Float64Array, width: number): Float64Array {
  if (width <= 1) return values;
  const half = Math.floor(width / 2);
  return values.map((_, i) => {
    const from = Math.max(0, i - half);
    const to = Math.min(values.length, i + half + 1);
    return sum(values.subarray(from, to)) / (to - from);
  });
}

/** Scales further than RATIO_SPREAD× from their median are pulled back to it. */
function clampToMedian(scales: number[]): number[] {
  if (scales.length < 3) return scales;
  const mid = median(scales);
  return scales.map((s) => Math.min(mid * RATIO_SPREAD, Math.max(mid / RATIO_SPREAD, s)));
}

function quantilesOf(mean: Float64Array, variance: Float64Array, family: 'count' | 'normal'): Record<StoredKey, Float64Array> {
  const h = mean.length;
  const out = {} as Record<StoredKey, Float64Array>;
  for (const key of STORED_KEYS) out[key] = new Float64Array(h);
  const step = new Float64Array(STORED_LEVELS.length);
  for (let t = 0; t < h; t++) {
    stepQuantiles(mean[t] as number, variance[t] as number, family, STORED_LEVELS, true, step);
    STORED_KEYS.forEach((key, i) => (out[key][t] = step[i] as number));
  }
  return out;
}

function coldStartReason(target: ColdStartTarget, analogues: readonly ScoredAnalogue[], settings: EngineSettings): ForecastReason {
  const observed = target.observed.length;
  if (analogues.length === 0) {
    return { kind: 'noAnalogues', fallback: observed > 0 ? 'ownMean' : target.plan ? 'launchPlan' : 'zero' };
  }
  return {
    kind: 'analogues',
    analogues: analogues.length,
    launchCurves: analogues.filter((a) => a.launchAligned).length,
    basis: target.plan ? 'launchPlan' : observed > 0 ? 'firstSales' : 'analogueLevel',
    observed,
    launchIn: target.launchOffset,
    frequency: settings.frequency,
  };
}
