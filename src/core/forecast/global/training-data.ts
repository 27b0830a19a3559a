/** Everything training needs before tfjs: resolved options, feature layout and the window sets. */

import { normaliseLevels } from '../quantiles';
import { EventCalendar, bucketDayRange, eventKeysWithin } from './events';
import { planWindows, type SeriesExtent } from './sampling';
import type { FeatureLayout, TrainingOptions } from './types';
import { PLAN_SHARE, plannedWindowCap, planWork, windowEpochSeconds, type WorkPlan } from './work-plan';
import { defaultInputLength, emptyWindowSet, featureLayout, hasLastYear, prepareSeries, seesTheYear, writeWindow, type PreparedSeries, type WindowSet } from './windows';

/** Training options with every default filled in. */
export type ResolvedTrainingOptions = Required<Omit<TrainingOptions, 'lastBucket' | 'covariates' | 'events'>> &
  Pick<TrainingOptions, 'lastBucket' | 'covariates' | 'events'>;

export function resolveTrainingOptions(options: TrainingOptions): ResolvedTrainingOptions {
  const horizon = Math.max(1, Math.floor(options.horizon));
  const maxTrainSeconds = options.maxTrainSeconds ?? 100;
  return {
    ...options,
    horizon,
    quantiles: normaliseLevels(options.quantiles),
    inputLength: Math.max(1, Math.floor(options.inputLength ?? defaultInputLength(options.frequency, options.seasonLength))),
    maxWindows: options.maxWindows ?? 0,
    maxWindowsPerSeries: options.maxWindowsPerSeries ?? 400,
    validationShare: options.validationShare ?? 0.1,
    hiddenUnits: options.hiddenUnits ?? [128, 128],
    batchSize: options.batchSize ?? 256,
    learningRate: options.learningRate ?? 1e-3,
    maxEpochs: options.maxEpochs ?? 40,
    patience: options.patience ?? 3,
    maxTrainSeconds,
    plannedSeconds: options.plannedSeconds ?? PLAN_SHARE * maxTrainSeconds,
    seed: options.seed ?? 20240601,
    ensembleSize: Math.max(1, Math.floor(options.ensembleSize ?? 3)),
  };
}

/** Observed buckets a training window needs before its origin (new items still get windows). */
export function minimumHistory(inputLength: number): number {
  return Math.min(inputLength, Math.max(2, Math.min(13, Math.ceil(inputLength / 8))));
}

export interface TrainingData {
  layout: FeatureLayout;
  /** The windows, epochs and members planned for them (work-plan.ts). */
  work: WorkPlan;
  /** The event shares the rows were built with (null without events or dates). */
  events: EventCalendar | null;
  train: WindowSet;
  validation: WindowSet;
}

const MIN_VALIDATION_WINDOWS = 500;
const MAX_VALIDATION_WINDOWS = 5000;

/**
 * Default cap on training windows: 60,000, fewer for wide rows (events, long horizons) so an
 * epoch costs about the same whatever the width (~10M inputs, under 40 MB). Within budgets of
 * 35–40 s on shared cores, more, shorter epochs (and room for ensemble members) beat one long
 * epoch: on 280 daily series one epoch of 112,000 windows took the whole budget.
 */
export function defaultMaxWindows(width: number): number {
  return Math.min(60_000, Math.round(10_000_000 / width));
}

/** What planning needs of one series: its extent, its last bucket's date and which covariates it has. */
export interface SeriesOutline {
  /** Index of the first observed bucket. */
  start: number;
  length: number;
  /** UTC ms of the last bucket, or NaN when there are no dates. */
  lastMs: number;
  promo: boolean;
  price: boolean;
}

export function outlineOf(p: PreparedSeries): SeriesOutline {
  return { start: p.start, length: p.values.length, lastMs: p.lastMs, promo: p.promo !== undefined, price: p.price !== undefined };
}

/**
 * The windows chosen before any row is written: the layout, the event calendar and, per series,
 * where its rows go. Planning needs only the outlines, so a caller can plan over every series of a
 * workspace and then write the rows as the series stream by again (TrainingDataBuilder).
 */
export interface TrainingPlan {
  layout: FeatureLayout;
  work: WorkPlan;
  events: EventCalendar | null;
  /** Per series, the origins of its training windows (ascending). */
  trainOrigins: number[][];
  /** Per series, the row of its first training window (the rows follow series order). */
  trainRow: Int32Array;
  trainCount: number;
  /** Per series, its validation window's origin and row, or -1. */
  validationOrigin: Int32Array;
  validationRow: Int32Array;
  validationCount: number;
}

/** Plans the windows exactly as buildTrainingData does (the same draws of `random`, in the same order). */
export function planTrainingData(outlines: readonly SeriesOutline[], options: ResolvedTrainingOptions, random: () => number): TrainingPlan {
  const dates = options.lastBucket !== undefined;
  const eventKeys = dates && options.events ? eventKeysWithin(options.events, ...dayRangeOf(outlines, options)) : [];
  const layout = featureLayout(options.inputLength, options.horizon, options.frequency, {
    dates,
    promo: outlines.some((o) => o.promo),
    price: outlines.some((o) => o.price),
    eventKeys,
    lastYear: dates && hasLastYear(outlines, options.frequency, options.horizon),
    yearSeen: dates && seesTheYear(outlines, options.frequency, options.horizon),
  });
  const events = eventKeys.length > 0 ? new EventCalendar(eventKeys, options.events ?? []) : null;
  const extents: SeriesExtent[] = outlines.map((o) => ({ start: o.start, length: o.length }));
  const cost = windowEpochSeconds(layout, options.hiddenUnits, options.quantiles.length);
  const cap = options.maxWindows > 0 ? options.maxWindows : defaultMaxWindows(layout.width);
  const plan = planWindows(
    extents,
    {
      horizon: options.horizon,
      minHistory: minimumHistory(options.inputLength),
      maxWindows: plannedWindowCap(options.plannedSeconds, cost, cap),
      maxWindowsPerSeries: options.maxWindowsPerSeries,
      validationShare: options.validationShare,
      minValidationWindows: MIN_VALIDATION_WINDOWS,
      maxValidationWindows: MAX_VALIDATION_WINDOWS,
    },
    random,
  );
  const trainRow = new Int32Array(outlines.length);
  let trainCount = 0;
  plan.trainOrigins.forEach((origins, s) => {
    trainRow[s] = trainCount;
    trainCount += origins.length;
  });
  const validationOrigin = new Int32Array(outlines.length).fill(-1);
  const validationRow = new Int32Array(outlines.length).fill(-1);
  plan.validation.forEach(({ series, origin }, r) => {
    validationOrigin[series] = origin;
    validationRow[series] = r;
  });
  const work = planWork(options.plannedSeconds, cost, { train: trainCount, validation: plan.validation.length }, options);
  return { layout, work, events, trainOrigins: plan.trainOrigins, trainRow, trainCount, validationOrigin, validationRow, validationCount: plan.validation.length };
}

/** Writes each series' planned rows as it comes (any order, each series once): the window sets buildWindowSet would give. */
export class TrainingDataBuilder {
  private readonly train: WindowSet;
  private readonly validation: WindowSet;

  constructor(private readonly plan: TrainingPlan) {
    const { width, horizon } = plan.layout;
    this.train = emptyWindowSet(plan.trainCount, width, horizon);
    this.validation = emptyWindowSet(plan.validationCount, width, horizon);
  }

  /** Whether series `index` has any window (a caller may skip preparing the others). */
  wants(index: number): boolean {
    return (this.plan.trainOrigins[index]?.length ?? 0) > 0 || (this.plan.validationOrigin[index] as number) >= 0;
  }

  add(index: number, series: PreparedSeries): void {
    const { trainOrigins, trainRow, validationOrigin, validationRow } = this.plan;
    trainOrigins[index]!.forEach((origin, k) => this.write(this.train, (trainRow[index] as number) + k, series, origin));
    const origin = validationOrigin[index] as number;
    if (origin >= 0) this.write(this.validation, validationRow[index] as number, series, origin);
  }

  private write(set: WindowSet, row: number, series: PreparedSeries, origin: number): void {
    writeWindow(set, row, series, origin, this.plan.layout, this.plan.events);
  }

  data(): TrainingData {
    return { layout: this.plan.layout, work: this.plan.work, events: this.plan.events, train: this.train, validation: this.validation };
  }
}

export function buildTrainingData(series: readonly ArrayLike<number>[], options: ResolvedTrainingOptions, random: () => number): TrainingData {
  const prepared = series.map((y, i) => prepareSeries(y, i, options));
  const builder = new TrainingDataBuilder(planTrainingData(prepared.map(outlineOf), options, random));
  prepared.forEach((p, i) => builder.add(i, p));
  return builder.data();
}

/** First to last day of the history over all series: an event only in the horizon has nothing to learn from. */
function dayRangeOf(outlines: readonly SeriesOutline[], options: ResolvedTrainingOptions): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const s of outlines) {
    const lastDay = Math.round(s.lastMs / 86_400_000);
    from = Math.min(from, bucketDayRange(lastDay, s.start - s.length + 1, options.frequency)[0]);
    to = Math.max(to, bucketDayRange(lastDay, 0, options.frequency)[1]);
  }
  return [from, to];
}
