/**
 * Trains the global model from a workspace without holding its series: what a run that must train
 * (no fitting model stored, `--global on`, the global model job) does before it forecasts through
 * the streamed run like a run that reuses a model. Memory is the training windows, the validation
 * samples and at most KEPT_SERIES_BYTES of bucketed series, not the workspace.
 *
 * 1. One pass over the history keeps per established series its length (and pools the yearly
 *    profile from the validation origin): enough to decide, to choose the validatable series and
 *    the validation samples, and to plan every training window with the trainer's seeded draws
 *    (planTrainingData). It also keeps the validatable series' buckets while they fit.
 * 2. Each series' planned windows are written into the window sets (with its prices and
 *    promotions, read a slice at a time) and the validation samples kept: from the kept buckets,
 *    or — when they did not fit (long daily histories) — from a second read of the history.
 * 3. The pipeline trains on those windows and learns the combination from the samples
 *    (trainAndLearn), exactly as from series held in memory (inMemoryFeed); the model is stored.
 */

import type Database from 'better-sqlite3';
import { parseBucketDate } from '../forecast/global/calendar';
import { trainOnWindows, type TrainingResult } from '../forecast/global/train';
import {
  planTrainingData,
  resolveTrainingOptions,
  TrainingDataBuilder,
  type ResolvedTrainingOptions,
  type SeriesOutline,
} from '../forecast/global/training-data';
import { prepareSeries } from '../forecast/global/windows';
import { openConnection } from '../db/connection-policy';
import { isoFromDay } from '../ground/calendar';
import { seededRandom } from '../ground/random';
import type { TaskContext } from '../ground/task-context';
import { COLD_START_BUCKETS } from './cold-start-targets';
import { buildRunCovariates } from './covariates';
import { forecastEstablishedMany, type EngineSeries, type EngineSettings, type SpreadSettings } from './forecast-established';
import { OriginFactsPool, type OriginFacts } from './global-adjust';
import { defaultRunBudget, staleReason, trainedReason, type RunGlobalOptions } from './global-blend';
import { workspaceEventsForDays } from './global-events';
import { globalModelSeries } from './global-inputs';
import { latestGlobalModel, storeGlobalModel } from './global-models';
import {
  cutTrainingOptions,
  decideGlobal,
  MIN_GLOBAL_SERIES,
  seasonalBudget,
  seasonalBacks,
  seasonalWindow,
  trainAndLearn,
  trainingBudget,
  validatableLength,
  validatableSeries,
  validationSample,
  type EngineView,
  type FeedShape,
  type PipelineSeries,
  type TrainingBudget,
  type TrainingFeed,
} from './global-pipeline';
import { YearProfilePool } from './global-year-profile';
import { ensureHistoryStore, keptForLaterPass, streamHistory, type History, type SeriesHistory } from './history';
import { readProducts, type ProductInfo } from './products';
import { FORECAST_STEPS, isShort, validateRunOptions } from './run-forecast';
import { GrowthHistoryPool } from './shop-growth';
import { ALL_LOCATIONS, SEASON_LENGTH, STORED_LEVELS, type Frequency, type RunOptions } from './types';

/** What the run records of a model it has just trained and stored. */
export interface TrainedModel {
  id: number;
  reason: string;
}

/** The trainer's own first step: the second pass reports under it. */
const WINDOWS_STEP = 'global.windows';

/** Series whose prices are read at once in the second pass (the reads are per product range). */
const COVARIATE_SLICE = 4096;

/**
 * Bucketed series the first pass keeps so the windows need no second read of the history: the
 * validatable series of a weekly workspace of 100,000 SKU-locations (two years) take about 120 MB;
 * beyond this (long daily histories) the history is read again instead.
 */
const KEPT_SERIES_BYTES = 256 * 1024 * 1024;

/** Whether a workspace can be trained from streamed passes (a file a second connection can read). */
export function canStreamTraining(db: Database.Database): boolean {
  return db.name !== '' && db.name !== ':memory:';
}

/**
 * Trains and stores the global model for this run's shape when the run needs one trained (the
 * decision and the reason as combineRunWithGlobal's), or returns null — having stored nothing —
 * when the run takes no global model (`off`, too little history) or cannot stream (in memory).
 * A fitting stored model is left to the streamed run (null unless `on` or forced).
 */
export async function trainFromStream(
  db: Database.Database,
  options: RunOptions,
  global: RunGlobalOptions,
  ctx: TaskContext,
  /** Bytes of bucketed series kept for the windows (tests give 0 to read the history twice). */
  keepBytes = KEPT_SERIES_BYTES,
): Promise<TrainedModel | null> {
  if (global.global === 'off' || !canStreamTraining(db)) return null;
  const { frequency, horizon, locations } = validateRunOptions(options);
  const products = readProducts(db);
  ensureHistoryStore(db, products, ctx);
  const reader = openConnection(db.name, { readonly: true, fileMustExist: true });
  try {
    const historyOptions = { frequency, locations, ...(options.asOf ? { asOf: options.asOf } : {}) };
    const read = (progress: TaskContext) => streamHistory(reader, products, historyOptions, progress);
    const first = firstPass(read(ctx), frequency, horizon, keepBytes);
    const stored = latestGlobalModel(db, frequency);
    const stale = stored ? staleReason(stored, { frequency, horizon, history: first }, first.lengths.length) : 'no model for these buckets yet';
    if (first.lengths.length === 0 || (stored && stale === null && !global.force && global.global !== 'on')) return null;
    if (!decideGlobal(global.global, frequency, horizon, first.lengths.map((length) => ({ values: { length } }))).train) return null;
    const shape: FeedShape = { frequency, horizon, lastDay: first.toDay, levels: STORED_LEVELS, events: workspaceEventsForDays(db, first.fromDay, first.toDay) };
    const sizeBudget = defaultRunBudget(first.lengths.length);
    const budget = trainingBudget({ maxTrainSeconds: global.maxTrainSeconds ?? sizeBudget, planSeconds: sizeBudget })!;
    const feed = new StreamedFeed(db, products, shape, first, budget);
    // The windows come from the kept series, or from a second read whose progress is the windows'.
    const again = () => read({ ...ctx, progress: (step, current, total) => ctx.progress(step === FORECAST_STEPS.history ? WINDOWS_STEP : step, current, total) });
    feed.writeWindows(first.kept ?? establishedAgain(again(), frequency, first.lengths.length), ctx);
    first.kept = null;
    ctx.throwIfCancelled();
    const settings: EngineSettings = { frequency, horizon, seasonLength: SEASON_LENGTH[frequency], backtest: false };
    const { artefact, metrics, learnt } = await trainAndLearn(feed, shape, {
      ctx,
      maxTrainSeconds: budget.stop,
      planSeconds: budget.plan,
      engineFromOrigin: (cut, indices) => engineFromOrigin(feed, cut, indices, settings, global.spread ?? {}, ctx),
    });
    ctx.throwIfCancelled();
    const id = storeGlobalModel(db, artefact, { frequency, historyTo: isoFromDay(first.toDay), metrics, combination: learnt, runSeries: first.lengths.length });
    return { id, reason: trainedReason(global.force ? 'trained on request' : `trained: ${stale}`, metrics, budget.stop) };
  } finally {
    reader.close();
  }
}

/** What the first pass keeps: per established series (in run order) its length; the profile pooled from the validation origin. */
interface FirstPass extends Omit<History, 'series'> {
  lengths: number[];
  /** Per established series, its product and location (whether it has a price). */
  productIds: number[];
  locationIds: number[];
  profile: YearProfilePool;
  /** Closed weekdays and growth pooled at the origins the validation windows can take (`horizon` and a year back). */
  facts: Map<number, OriginFactsPool>;
  growth: GrowthHistoryPool;
  /** The validatable series (the only ones with windows or validation samples) in run order, or null when they did not fit. */
  kept: EstablishedSeries[] | null;
}

/** An established series and its index among them (run order). */
interface EstablishedSeries {
  index: number;
  series: SeriesHistory;
}

function firstPass(history: ReturnType<typeof streamHistory>, frequency: Frequency, horizon: number, keepBytes: number): FirstPass {
  const minBuckets = COLD_START_BUCKETS[frequency];
  const profile = new YearProfilePool(frequency, horizon, MIN_GLOBAL_SERIES);
  const lengths: number[] = [];
  const productIds: number[] = [];
  const locationIds: number[] = [];
  const facts = new Map([...new Set([horizon, ...seasonalBacks(frequency)])].map((back) => [back, new OriginFactsPool(frequency)]));
  const growth = new GrowthHistoryPool(frequency);
  const validatable = validatableLength(frequency, horizon);
  let kept: EstablishedSeries[] | null = [];
  let keptBytes = 0;
  for (const s of history.series) {
    if (isShort(s.values, minBuckets)) continue;
    const { values } = globalModelSeries(s);
    if (kept && values.length >= validatable) {
      // The windows read the values and the promotion shares.
      kept.push({ index: lengths.length, series: keptForLaterPass(s) });
      keptBytes += s.values.byteLength + s.promoShare.byteLength;
      if (keptBytes > keepBytes) kept = null;
    }
    lengths.push(values.length);
    productIds.push(s.productId);
    locationIds.push(s.locationId);
    // Every series cut alike at the validation origin (inMemoryFeed's profileAtOrigin).
    profile.add(values.subarray(0, values.length - horizon));
    for (const [back, pool] of facts) pool.add(values.subarray(0, Math.max(0, values.length - back)));
    growth.add(values);
  }
  const { series: _, ...rest } = history;
  return { ...rest, lengths, productIds, locationIds, profile, facts, growth, kept };
}

/** The established series of the history read again, numbered as the first pass numbered them. */
function* establishedAgain(history: ReturnType<typeof streamHistory>, frequency: Frequency, count: number): Generator<EstablishedSeries> {
  const minBuckets = COLD_START_BUCKETS[frequency];
  let index = 0;
  for (const series of history.series) {
    if (isShort(series.values, minBuckets)) continue;
    yield { index: index++, series };
  }
  if (index !== count) throw new Error(`the history changed between the training passes (${count} series, then ${index})`);
}

/** One model's windows: planned after the first pass, written in the second. */
interface PlannedModel {
  back: number;
  budget: TrainingBudget | undefined;
  chosen: number[];
  /** Established index → position among `chosen` (−1: not chosen). */
  position: Int32Array;
  options: ResolvedTrainingOptions;
  random: () => number;
  builder: TrainingDataBuilder | null;
}

class StreamedFeed implements TrainingFeed {
  readonly lengths: readonly number[];
  private readonly models: PlannedModel[] = [];
  /** Established indices of the validation samples (both windows'). */
  private readonly samples = new Set<number>();
  /** The validation samples' series and their profile from the validation origin, by established index. */
  private readonly kept = new Map<number, { series: PipelineSeries; key: Pick<SeriesHistory, 'productId' | 'locationId' | 'integral'>; profile: Float64Array | null }>();

  constructor(
    private readonly db: Database.Database,
    private readonly products: ReadonlyMap<number, ProductInfo>,
    private readonly shape: FeedShape,
    private readonly first: FirstPass,
    budget: TrainingBudget,
  ) {
    const { frequency, horizon } = shape;
    this.lengths = first.lengths;
    const chosen = validatableSeries(frequency, horizon, this.lengths);
    this.plan(chosen, horizon, budget);
    const samples = [validationSample(chosen)];
    const seasonal = seasonalWindow(frequency, horizon, this.lengths);
    if (seasonal) {
      this.plan(seasonal.chosen, seasonal.back, seasonalBudget(budget));
      samples.push(validationSample(seasonal.chosen));
    }
    for (const i of samples.flat()) this.samples.add(i);
  }

  /** Plans a model's windows with the draws trainGlobalModel would make (same options, same seed). */
  private plan(chosen: number[], back: number, budget: TrainingBudget | undefined): void {
    const position = new Int32Array(this.lengths.length).fill(-1);
    chosen.forEach((i, p) => (position[i] = p));
    const options = resolveTrainingOptions(cutTrainingOptions(this.shape, back, budget));
    const random = seededRandom(options.seed);
    const lastMs = parseBucketDate(options.lastBucket as string);
    // Every series has promotion flags; a price wherever the catalogue or its sales give one (see priced).
    const priced = this.anyPriced(chosen);
    const outlines: SeriesOutline[] = chosen.map((i) => ({ start: 0, length: this.lengths[i]! - back, lastMs, promo: true, price: priced }));
    const builder = new TrainingDataBuilder(planTrainingData(outlines, options, random));
    this.models.push({ back, budget, chosen, position, options, random, builder });
  }

  /**
   * Whether any chosen series has a price, which the row layout needs before the second pass reads
   * them: buildRunCovariates gives none only to a series whose product has no catalogue price and
   * which sold nothing with revenue in the history, so the catalogue answers first, the sales only
   * for series without one.
   */
  private anyPriced(chosen: readonly number[]): boolean {
    const { first } = this;
    const hasCatalogue = (i: number) => (this.products.get(first.productIds[i]!)?.price ?? 0) > 0;
    if (chosen.some(hasCatalogue)) return true;
    const span = { from: isoFromDay(first.fromDay), last: isoFromDay(first.grid.lastDay) };
    const total = first.locationIds[0] === ALL_LOCATIONS;
    const sold = this.db.prepare(
      `SELECT 1 FROM sales_daily WHERE product_id = @product ${total ? '' : 'AND location_id = @location'}
       AND date >= @from AND date <= @last AND units > 0 AND revenue > 0 LIMIT 1`,
    );
    return chosen.some((i) => sold.get({ ...span, product: first.productIds[i]!, ...(total ? {} : { location: first.locationIds[i]! }) }) !== undefined);
  }

  /** Writes every planned window and keeps the validation samples, the series' prices read a slice at a time. */
  writeWindows(established: Iterable<EstablishedSeries>, ctx: TaskContext): void {
    ctx.progress(WINDOWS_STEP, 0, this.lengths.length);
    ctx.throwIfCancelled();
    let slice: EstablishedSeries[] = [];
    for (const e of established) {
      const i = e.index;
      if (!this.samples.has(i) && !this.models.some((m) => m.position[i]! >= 0 && m.builder!.wants(m.position[i]!))) continue;
      slice.push(e);
      if (slice.length < COVARIATE_SLICE) continue;
      this.writeSlice(slice);
      ctx.progress(WINDOWS_STEP, i + 1, this.lengths.length);
      slice = [];
      ctx.throwIfCancelled();
    }
    if (slice.length > 0) this.writeSlice(slice);
  }

  private writeSlice(slice: readonly EstablishedSeries[]): void {
    const { first, shape } = this;
    const history: History = { grid: first.grid, fromDay: first.fromDay, toDay: first.toDay, series: slice.map((s) => s.series) };
    const covariates = buildRunCovariates(this.db, history, shape.horizon, this.products);
    slice.forEach(({ index, series: s }, k) => {
      const { values } = globalModelSeries(s);
      if (values.length !== this.lengths[index]) throw new Error('the history changed between the training passes');
      const found = covariates[k]!;
      const series: PipelineSeries = { values, promo: found.promo, ...(found.price ? { price: found.price } : {}) };
      for (const m of this.models) {
        const p = m.position[index]!;
        if (p < 0 || !m.builder!.wants(p)) continue;
        const cut = values.length - m.back;
        const prepared = prepareSeries(values.subarray(0, cut), 0, {
          lastBucket: m.options.lastBucket as string,
          covariates: { promo: [series.promo?.subarray(0, cut)], price: [series.price?.subarray(0, cut)] },
        });
        m.builder!.add(p, prepared);
      }
      if (this.samples.has(index)) {
        const profile = first.profile.forecast(values.subarray(0, values.length - shape.horizon));
        this.kept.set(index, { series, key: { productId: s.productId, locationId: s.locationId, integral: s.integral }, profile });
      }
    });
  }

  async train(chosen: readonly number[], back: number, budget: TrainingBudget | undefined, ctx: TaskContext): Promise<TrainingResult> {
    const same = (a: TrainingBudget | undefined) => a?.stop === budget?.stop && a?.plan === budget?.plan;
    const m = this.models.find((model) => model.back === back && same(model.budget) && model.chosen.length === chosen.length);
    if (!m?.builder) throw new Error(`no windows were planned for a model cut ${back} buckets early`);
    const data = m.builder.data();
    // The windows are the trainer's now: the builder lets go of them.
    m.builder = null;
    return trainOnWindows(data, m.options, m.random, m.chosen.length, ctx);
  }

  series(i: number): PipelineSeries {
    return this.keptOf(i).series;
  }

  profileAtOrigin(i: number): Float64Array | null {
    return this.keptOf(i).profile;
  }

  profileFromOrigin(values: Float64Array): Float64Array | null {
    return this.first.profile.forecast(values);
  }

  originFacts(back: number, lastDay: number): OriginFacts {
    const pool = this.first.facts.get(back);
    if (!pool) throw new Error(`no origin facts pooled ${back} buckets back`);
    return pool.facts(lastDay, MIN_GLOBAL_SERIES);
  }

  growthShare(): number {
    return this.first.growth.share(this.shape.horizon, MIN_GLOBAL_SERIES);
  }

  key(i: number): Pick<SeriesHistory, 'productId' | 'locationId' | 'integral'> {
    return this.keptOf(i).key;
  }

  private keptOf(i: number) {
    const kept = this.kept.get(i);
    if (!kept) throw new Error(`series ${i} is not a validation sample`);
    return kept;
  }
}

/** The engine on the validation samples' cut histories, without a backtest (global-blend's engineFromOrigin). */
async function engineFromOrigin(
  feed: StreamedFeed,
  cut: Float64Array[],
  indices: readonly number[],
  settings: EngineSettings,
  spread: SpreadSettings,
  ctx: TaskContext,
): Promise<EngineView[]> {
  const series: EngineSeries[] = cut.map((values, k) => {
    const { productId, locationId, integral } = feed.key(indices[k]!);
    // The cut values are filled already, so `integral` changes nothing the engine returns here.
    return { productId, locationId, values, integral, censoredBuckets: 0, cappedBuckets: 0, totalUnits: 0, promoUnits: 0 };
  });
  const out = await forecastEstablishedMany(series, settings, spread, ctx);
  return out.map((f) => ({ mean: f.mean, quantiles: f.quantiles, demandClass: f.demandClass, method: f.method }));
}
