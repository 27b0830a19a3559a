/**
 * Turns series into fixed-width model rows. One row = the last L buckets before an origin,
 * normalised as (y − base) / scale, plus summary, calendar and covariate features; its targets =
 * the next H buckets normalised the same way (see `windowNormaliser` for base and scale).
 *
 * Row layout: lags[L] | history share | zero share | log level | zero line | calendar[H·c] |
 * promo[L+H] | log price ratio[L+H] | event shares[(L+H)·K] | last year[B] | last year seen
 * (the parts after the price ratios came with layout v2 and are empty in v1 models).
 */

import { cleanHistory } from '../series';
import { calendarFeaturesPerStep, parseBucketDate, writeCalendarFeatures } from './calendar';
import type { EventCalendar } from './events';
import type { Covariates, FeatureLayout, Frequency, GlobalModelOptions } from './types';

export const SUMMARY_FEATURES = 4;
/** Normalised inputs beyond this are clipped: a glitch must not saturate the network. */
const MAX_INPUT = 50;
/** The zero line is only informative near the base; further away it is clipped. */
const MAX_ZERO_LINE = 20;
/** Log price ratios beyond ±2 (×7.4) are data errors more often than real prices. */
const MAX_LOG_PRICE_RATIO = 2;

/** History the model sees: about two seasons, capped so 10,000 series stay fast. */
export function defaultInputLength(frequency: Frequency, seasonLength: number): number {
  if (frequency === 'week') return 52;
  if (frequency === 'month') return 24;
  if (frequency === 'day') return 56;
  return Math.min(104, Math.max(12, 2 * Math.round(seasonLength)));
}

/**
 * Daily series see last year through weekly means of the days 364 days (52 weeks, so weekdays
 * line up) before the 4 weeks ahead of the origin and the horizon: the yearly season without
 * feeding 400 raw days.
 */
export const YEAR_LAG_DAYS = 364;
const YEAR_CONTEXT_DAYS = 28;
const YEAR_BLOCK_DAYS = 7;

/** Weekly blocks of last year a daily row gets (0 for other bucket sizes). */
export function yearBlockCount(frequency: Frequency, horizon: number): number {
  return frequency === 'day' ? Math.ceil((YEAR_CONTEXT_DAYS + horizon) / YEAR_BLOCK_DAYS) : 0;
}

export function featureLayout(
  inputLength: number,
  horizon: number,
  frequency: Frequency,
  /** `lastYear`: daily rows get last year's weekly blocks; `yearSeen` (default: `lastYear` for days, true otherwise): see calendarFeaturesPerStep. */
  options: { dates: boolean; promo: boolean; price: boolean; eventKeys?: readonly string[]; lastYear?: boolean; yearSeen?: boolean },
): FeatureLayout {
  const calendarPerStep = calendarFeaturesPerStep(frequency, options.dates, options.yearSeen ?? (frequency === 'day' ? (options.lastYear ?? false) : true));
  const covariateWidth = (options.promo ? 1 : 0) + (options.price ? 1 : 0);
  const eventKeys = options.dates ? [...(options.eventKeys ?? [])] : [];
  const yearBlocks = options.lastYear ? yearBlockCount(frequency, horizon) : 0;
  const width =
    inputLength +
    SUMMARY_FEATURES +
    horizon * calendarPerStep +
    (covariateWidth + eventKeys.length) * (inputLength + horizon) +
    (yearBlocks > 0 ? yearBlocks + 1 : 0);
  return { inputLength, horizon, calendarPerStep, frequency, promo: options.promo, price: options.price, eventKeys, yearBlocks, width };
}

/** A series ready for windowing: gaps filled, buckets before the item existed set to zero. */
export interface PreparedSeries {
  values: Float64Array;
  /** Index of the first observed bucket. */
  start: number;
  /** UTC ms of the last bucket, or NaN when there are no dates. */
  lastMs: number;
  price: ArrayLike<number> | undefined;
  promo: ArrayLike<number> | undefined;
}

export function prepareSeries(
  series: ArrayLike<number>,
  index: number,
  options: Pick<GlobalModelOptions, 'lastBucket' | 'covariates'>,
): PreparedSeries {
  const values = new Float64Array(series.length);
  let start = 0;
  while (start < series.length && !Number.isFinite(series[start] as number)) start++;
  values.set(cleanHistory(series), start);
  const last = options.lastBucket;
  const iso = typeof last === 'string' ? last : last?.[index];
  return {
    values,
    start,
    lastMs: iso === undefined ? NaN : parseBucketDate(iso),
    price: covariateOf(options.covariates, 'price', index),
    promo: covariateOf(options.covariates, 'promo', index),
  };
}

function covariateOf(covariates: Covariates | undefined, name: keyof Covariates, index: number): ArrayLike<number> | undefined {
  return covariates?.[name]?.[index];
}

export interface Normaliser {
  /** Mean of the observed input window: inputs and outputs are deviations from it. */
  base: number;
  /** Typical bucket-to-bucket change in the window (mean |Δy|), so errors are on a MASE-like scale. */
  scale: number;
  /** Mean |y| of the observed input window. */
  level: number;
}

/**
 * Robust per-window location and scale. Scaling by the level alone (mean |y|) would make a
 * smooth series of ~4,000 units with weekly changes of ~1 need a precision of 1/4,000 from the
 * network (M4 weekly MASE 3.2 instead of 2.0); the mean absolute change puts every series on the
 * scale of its own noise. The window mean as location (rather than the last value) keeps a
 * single spike of intermittent demand from moving every output.
 * Guards: no change in the window → the window's mean |y|; all zero → the whole history's
 * mean |y|; still zero → 1 (values stay in units).
 */
export function windowNormaliser(values: Float64Array, start: number, origin: number, inputLength: number): Normaliser {
  const from = Math.max(start, origin - inputLength);
  let sum = 0;
  let absSum = 0;
  let diffSum = 0;
  for (let t = from; t < origin; t++) {
    sum += values[t] as number;
    absSum += Math.abs(values[t] as number);
    if (t > from) diffSum += Math.abs((values[t] as number) - (values[t - 1] as number));
  }
  const level = origin > from ? absSum / (origin - from) : 0;
  const base = origin > from ? sum / (origin - from) : 0;

  let scale = origin - from > 1 ? diffSum / (origin - from - 1) : 0;
  if (!(scale > 0)) scale = level;
  if (!(scale > 0)) {
    let all = 0;
    for (let t = start; t < origin; t++) all += Math.abs(values[t] as number);
    scale = origin > start ? all / (origin - start) : 0;
  }
  return { base, scale: scale > 0 ? scale : 1, level };
}

/**
 * The mean head's targets are winsorised per window at MEAN_CAP_NOISE scale units above the base,
 * widened with the level (× level / scale) up to MEAN_CAP. On a lumpy series mean |Δy| is about its
 * level, so a bulk order 20 times the level still sat inside a fixed cap of 25 units and taught the
 * mean head to answer a recent spike with a multiple of it (online retail daily, Aug 2010: global
 * alone +75% over); a smooth series, whose level is far above its changes, keeps the full cap.
 */
const MEAN_CAP = 25;
const MEAN_CAP_NOISE = 5;

/** The cap (scaled units, both signs) on one window's mean-head targets. */
export function meanTargetCap(norm: Normaliser): number {
  return Math.min(MEAN_CAP, MEAN_CAP_NOISE * Math.max(1, norm.level / norm.scale));
}

const clip = (v: number, limit: number): number => Math.max(-limit, Math.min(limit, v));

/**
 * Writes the input row of the window whose first target bucket is `origin` (may equal the series
 * length: the forecast row) at `out[at…]`; returns the normaliser used.
 */
export function writeInputRow(
  out: Float32Array,
  at: number,
  s: PreparedSeries,
  origin: number,
  layout: FeatureLayout,
  events: EventCalendar | null = null,
): Normaliser {
  const L = layout.inputLength;
  const H = layout.horizon;
  const norm = windowNormaliser(s.values, s.start, origin, L);
  const from = origin - L;
  let observed = 0;
  let zeros = 0;
  for (let k = 0; k < L; k++) {
    const t = from + k;
    if (t < s.start) {
      out[at + k] = 0;
      continue;
    }
    const v = s.values[t] as number;
    out[at + k] = clip((v - norm.base) / norm.scale, MAX_INPUT);
    observed++;
    if (v === 0) zeros++;
  }
  let i = at + L;
  out[i++] = observed / L;
  out[i++] = observed > 0 ? zeros / observed : 0;
  out[i++] = Math.log1p(norm.level) / 10;
  // Where zero lies in normalised units: lower quantiles of small counts stop there.
  out[i++] = Math.max(-MAX_ZERO_LINE, -norm.base / norm.scale) / 4;
  if (layout.calendarPerStep > 0) {
    const lastMs = Number.isFinite(s.lastMs) ? s.lastMs : 0;
    // Target bucket `origin` is (origin − (n − 1)) buckets after the last bucket of the series.
    i = writeCalendarFeatures(out, i, lastMs, origin - s.values.length + 1, H, layout.frequency, layout.calendarPerStep);
  }
  if (layout.promo) {
    for (let t = from; t < origin + H; t++) {
      const p = t >= s.start && s.promo !== undefined ? (s.promo[t] as number) : 0;
      out[i++] = Number.isFinite(p) && p !== 0 ? 1 : 0;
    }
  }
  if (layout.price) i = writePriceRatios(out, i, s, from, origin, H);
  const keys = layout.eventKeys ?? [];
  if (keys.length > 0) {
    if (events === null || events.keys.length !== keys.length) throw new RangeError('this row layout needs the event calendar it was trained with');
    const lastDay = Math.round((Number.isFinite(s.lastMs) ? s.lastMs : 0) / DAY_MS);
    i = events.write(out, i, lastDay, from - s.values.length + 1, L + H, layout.frequency);
  }
  if ((layout.yearBlocks ?? 0) > 0) i = writeLastYear(out, i, s, origin, layout.yearBlocks ?? 0, norm);
  return norm;
}

const DAY_MS = 86_400_000;

/** Weekly means of last year's days around the horizon, normalised like the lags, then the share of them observed. */
function writeLastYear(out: Float32Array, at: number, s: PreparedSeries, origin: number, blocks: number, norm: Normaliser): number {
  const first = origin - YEAR_LAG_DAYS - YEAR_CONTEXT_DAYS;
  let i = at;
  let seen = 0;
  for (let b = 0; b < blocks; b++) {
    let sum = 0;
    let n = 0;
    for (let t = first + b * YEAR_BLOCK_DAYS; t < first + (b + 1) * YEAR_BLOCK_DAYS; t++) {
      if (t < s.start || t >= s.values.length) continue;
      sum += s.values[t] as number;
      n++;
    }
    out[i++] = n > 0 ? clip((sum / n - norm.base) / norm.scale, MAX_INPUT) : 0;
    seen += n;
  }
  out[i++] = seen / (blocks * YEAR_BLOCK_DAYS);
  return i;
}

/** Buckets in a year of weekly and monthly series: one that long has trained at every phase of the year. */
const YEAR_BUCKETS: Partial<Record<Frequency, number>> = { week: 52, month: 12 };

/**
 * Whether the model has seen every phase of the year in what it trains on: for daily series, a
 * year before the latest window (hasLastYear); for weekly and monthly ones, a series with a year of its own.
 */
export function seesTheYear(series: readonly { start: number; length: number }[], frequency: Frequency, horizon: number): boolean {
  if (frequency === 'day') return hasLastYear(series, frequency, horizon);
  const year = YEAR_BUCKETS[frequency];
  return year !== undefined && series.some((p) => p.length - p.start >= year);
}

/** Whether any series has a year of history before the latest window it will be forecast from. */
export function hasLastYear(series: readonly { start: number; length: number }[], frequency: Frequency, horizon: number): boolean {
  if (yearBlockCount(frequency, horizon) === 0) return false;
  return series.some((p) => p.length - horizon - p.start > YEAR_LAG_DAYS + YEAR_CONTEXT_DAYS);
}

/** log(price / mean observed price of the input window), 0 where unknown. */
function writePriceRatios(out: Float32Array, at: number, s: PreparedSeries, from: number, origin: number, H: number): number {
  const price = s.price;
  let sum = 0;
  let n = 0;
  for (let t = Math.max(from, s.start); t < origin && price !== undefined; t++) {
    const p = price[t] as number;
    if (p > 0 && Number.isFinite(p)) {
      sum += p;
      n++;
    }
  }
  let i = at;
  for (let t = from; t < origin + H; t++) {
    const p = price !== undefined && t >= s.start ? (price[t] as number) : NaN;
    const ratio = n > 0 && p > 0 && Number.isFinite(p) ? Math.log(p / (sum / n)) : 0;
    out[i++] = Math.max(-MAX_LOG_PRICE_RATIO, Math.min(MAX_LOG_PRICE_RATIO, ratio));
  }
  return i;
}

/** Writes the H target buckets from `origin`, normalised like the inputs. */
export function writeTargetRow(out: Float32Array, at: number, s: PreparedSeries, origin: number, horizon: number, norm: Normaliser): void {
  for (let h = 0; h < horizon; h++) out[at + h] = ((s.values[origin + h] as number) - norm.base) / norm.scale;
}

export interface WindowSet {
  /** count × layout.width inputs. */
  x: Float32Array;
  /** count × horizon scaled targets. */
  y: Float32Array;
  /** Per window, the cap on its mean-head targets (meanTargetCap). */
  meanCap: Float32Array;
  count: number;
}

/** An empty set of `count` windows of `width` inputs and `horizon` targets. */
export function emptyWindowSet(count: number, width: number, horizon: number): WindowSet {
  return { x: new Float32Array(count * width), y: new Float32Array(count * horizon), meanCap: new Float32Array(count), count };
}

/** Writes window `row` of `set` (inputs, targets and mean cap) from `origin`. */
export function writeWindow(
  set: WindowSet,
  row: number,
  s: PreparedSeries,
  origin: number,
  layout: FeatureLayout,
  events: EventCalendar | null = null,
): void {
  const norm = writeInputRow(set.x, row * layout.width, s, origin, layout, events);
  writeTargetRow(set.y, row * layout.horizon, s, origin, layout.horizon, norm);
  set.meanCap[row] = meanTargetCap(norm);
}

/** All windows in one pair of flat arrays (one allocation each, ready for a single tensor). */
export function buildWindowSet(
  prepared: readonly PreparedSeries[],
  windows: ReadonlyArray<{ series: number; origin: number }>,
  layout: FeatureLayout,
  events: EventCalendar | null = null,
): WindowSet {
  const set = emptyWindowSet(windows.length, layout.width, layout.horizon);
  windows.forEach(({ series, origin }, r) => writeWindow(set, r, prepared[series] as PreparedSeries, origin, layout, events));
  return set;
}

/** The forecast rows: one per series, origin = the end of the series. */
export function buildForecastRows(
  prepared: readonly PreparedSeries[],
  layout: FeatureLayout,
  events: EventCalendar | null = null,
): { x: Float32Array; norms: Normaliser[] } {
  const x = new Float32Array(prepared.length * layout.width);
  const norms = prepared.map((s, r) => writeInputRow(x, r * layout.width, s, s.values.length, layout, events));
  return { x, norms };
}
