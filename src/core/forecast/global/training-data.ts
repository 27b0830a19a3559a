/** Everything training needs before tfjs: resolved options, feature layout and the window sets. */

import { normaliseLevels } from '../quantiles';
import { EventCalendar, bucketDayRange, eventKeysWithin } from './events';
import { planWindows, type SeriesExtent } from './sampling';
import type { FeatureLayout, TrainingOptions } from './types';
import { buildWindowSet, defaultInputLength, featureLayout, hasLastYear, prepareSeries, type PreparedSeries, type WindowSet } from './windows';

/** Training options with every default filled in. */
export type ResolvedTrainingOptions = Required<Omit<TrainingOptions, 'lastBucket' | 'covariates' | 'events'>> &
  Pick<TrainingOptions, 'lastBucket' | 'covariates' | 'events'>;

export function resolveTrainingOptions(options: TrainingOptions): ResolvedTrainingOptions {
  const horizon = Math.max(1, Math.floor(options.horizon));
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
    maxTrainSeconds: options.maxTrainSeconds ?? 100,
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

export function buildTrainingData(series: readonly ArrayLike<number>[], options: ResolvedTrainingOptions, random: () => number): TrainingData {
  const prepared = series.map((y, i) => prepareSeries(y, i, options));
  const dates = options.lastBucket !== undefined;
  const eventKeys = dates && options.events ? eventKeysWithin(options.events, ...dayRangeOf(prepared, options)) : [];
  const layout = featureLayout(options.inputLength, options.horizon, options.frequency, {
    dates,
    promo: hasAny(prepared, 'promo'),
    price: hasAny(prepared, 'price'),
    eventKeys,
    lastYear: dates && hasLastYear(prepared, options.frequency, options.horizon),
  });
  const events = eventKeys.length > 0 ? new EventCalendar(eventKeys, options.events ?? []) : null;
  const extents: SeriesExtent[] = prepared.map((s) => ({ start: s.start, length: s.values.length }));
  const plan = planWindows(
    extents,
    {
      horizon: options.horizon,
      minHistory: minimumHistory(options.inputLength),
      maxWindows: options.maxWindows > 0 ? options.maxWindows : defaultMaxWindows(layout.width),
      maxWindowsPerSeries: options.maxWindowsPerSeries,
      validationShare: options.validationShare,
      minValidationWindows: MIN_VALIDATION_WINDOWS,
      maxValidationWindows: MAX_VALIDATION_WINDOWS,
    },
    random,
  );
  const trainWindows = plan.trainOrigins.flatMap((origins, s) => origins.map((origin) => ({ series: s, origin })));
  return {
    layout,
    events,
    train: buildWindowSet(prepared, trainWindows, layout, events),
    validation: buildWindowSet(prepared, plan.validation, layout, events),
  };
}

/** First to last day of the history over all series: an event only in the horizon has nothing to learn from. */
function dayRangeOf(prepared: readonly PreparedSeries[], options: ResolvedTrainingOptions): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const s of prepared) {
    const lastDay = Math.round(s.lastMs / 86_400_000);
    from = Math.min(from, bucketDayRange(lastDay, s.start - s.values.length + 1, options.frequency)[0]);
    to = Math.max(to, bucketDayRange(lastDay, 0, options.frequency)[1]);
  }
  return [from, to];
}

function hasAny(prepared: readonly PreparedSeries[], name: 'promo' | 'price'): boolean {
  return prepared.some((s) => s[name] !== undefined);
}
