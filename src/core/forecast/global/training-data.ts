/** Everything training needs before tfjs: resolved options, feature layout and the window sets. */

import { normaliseLevels } from '../quantiles';
import { planWindows, type SeriesExtent } from './sampling';
import type { FeatureLayout, TrainingOptions } from './types';
import { buildWindowSet, defaultInputLength, featureLayout, prepareSeries, type PreparedSeries, type WindowSet } from './windows';

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
    maxWindows: options.maxWindows ?? 120_000,
    maxWindowsPerSeries: options.maxWindowsPerSeries ?? 400,
    validationShare: options.validationShare ?? 0.1,
    hiddenUnits: options.hiddenUnits ?? [128, 128],
    batchSize: options.batchSize ?? 256,
    learningRate: options.learningRate ?? 1e-3,
    maxEpochs: options.maxEpochs ?? 40,
    patience: options.patience ?? 3,
    maxTrainSeconds: options.maxTrainSeconds ?? 100,
    seed: options.seed ?? 20240601,
  };
}

/** Observed buckets a training window needs before its origin (new items still get windows). */
export function minimumHistory(inputLength: number): number {
  return Math.min(inputLength, Math.max(2, Math.min(13, Math.ceil(inputLength / 8))));
}

export interface TrainingData {
  layout: FeatureLayout;
  train: WindowSet;
  validation: WindowSet;
}

const MIN_VALIDATION_WINDOWS = 500;
const MAX_VALIDATION_WINDOWS = 5000;

export function buildTrainingData(series: readonly ArrayLike<number>[], options: ResolvedTrainingOptions, random: () => number): TrainingData {
  const prepared = series.map((y, i) => prepareSeries(y, i, options));
  const layout = featureLayout(options.inputLength, options.horizon, options.frequency, {
    dates: options.lastBucket !== undefined,
    promo: hasAny(prepared, 'promo'),
    price: hasAny(prepared, 'price'),
  });
  const extents: SeriesExtent[] = prepared.map((s) => ({ start: s.start, length: s.values.length }));
  const plan = planWindows(
    extents,
    {
      horizon: options.horizon,
      minHistory: minimumHistory(options.inputLength),
      maxWindows: options.maxWindows,
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
    train: buildWindowSet(prepared, trainWindows, layout),
    validation: buildWindowSet(prepared, plan.validation, layout),
  };
}

function hasAny(prepared: readonly PreparedSeries[], name: 'promo' | 'price'): boolean {
  return prepared.some((s) => s[name] !== undefined);
}
