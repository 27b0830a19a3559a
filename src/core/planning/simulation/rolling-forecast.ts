/**
 * The forecast a simulated decision may use, made on the decision day from the days before it
 * only (rolling origin, no peeking): weekly demand's level is the trailing 8 weeks' average and
 * its variance that of the trailing 26 weekly totals (at least the mean, as for counts), both
 * counted from the item's first sale. Items selling in fewer than half of those weeks are
 * intermittent and get the count distribution, as in the plan. A level forecast: seasonal items
 * are served worse than by the full engine, which horizonError makes up for in the safety stock.
 */

export interface RollingForecast {
  weeklyMean: number;
  weeklyVariance: number;
  intermittent: boolean;
}

const LEVEL_WEEKS = 8;
const SPREAD_WEEKS = 26;

export function rollingForecast(demand: Float64Array, day: number): RollingForecast {
  // Weeks before an item's first sale are not demand: a product launched in the window would
  // otherwise look intermittent with a level near 0, and never be reordered.
  const first = firstSale(demand);
  const since = first < day ? day - first : 0;
  if (since === 0) return { weeklyMean: 0, weeklyVariance: 0, intermittent: true };
  if (since < 7) {
    const weeklyMean = ((prefixOf(demand)[day] as number) - (prefixOf(demand)[first] as number)) * (7 / since);
    return { weeklyMean, weeklyVariance: weeklyMean, intermittent: true };
  }
  const weeks = Math.min(SPREAD_WEEKS, Math.floor(since / 7));
  const prefix = prefixOf(demand);
  let sum = 0;
  let sumSq = 0;
  let levelSum = 0;
  let zeroWeeks = 0;
  for (let w = 0; w < weeks; w++) {
    const end = day - 7 * w;
    const total = (prefix[end] as number) - (prefix[end - 7] as number);
    sum += total;
    sumSq += total * total;
    if (w < LEVEL_WEEKS) levelSum += total;
    // A difference of prefix sums can leave float dust where nothing sold.
    if (total < 1e-9) zeroWeeks++;
  }
  const mean = sum / weeks;
  const weeklyMean = levelSum / Math.min(LEVEL_WEEKS, weeks);
  const weeklyVariance = weeks > 1 ? Math.max(0, (sumSq - weeks * mean * mean) / (weeks - 1)) : weeklyMean;
  return { weeklyMean, weeklyVariance: Math.max(weeklyVariance, weeklyMean), intermittent: zeroWeeks * 2 > weeks };
}

/** Origins looked back over for the horizon error, one a week, and the fewest that make an estimate. */
const ERROR_ORIGINS = 26;
const MIN_ERROR_ORIGINS = 4;
const prefixSums = new WeakMap<Float64Array, Float64Array>();
const firstSales = new WeakMap<Float64Array, number>();

/** The index of the first day with demand (the array's length when there is none). */
function firstSale(demand: Float64Array): number {
  let first = firstSales.get(demand);
  if (first === undefined) {
    first = demand.findIndex((units) => units > 0);
    if (first < 0) first = demand.length;
    firstSales.set(demand, first);
  }
  return first;
}

function prefixOf(demand: Float64Array): Float64Array {
  let prefix = prefixSums.get(demand);
  if (!prefix) {
    prefix = new Float64Array(demand.length + 1);
    for (let i = 0; i < demand.length; i++) prefix[i + 1] = (prefix[i] as number) + (demand[i] as number);
    prefixSums.set(demand, prefix);
  }
  return prefix;
}

/**
 * How wrong this level forecast has been over a whole protection horizon: the mean squared error of
 * (demand over `horizonDays` from an origin) − (the level known at that origin × horizonDays), for
 * weekly origins whose horizon ended before `day` (no peeking). Unlike weekly variance × weeks, it
 * includes what makes long horizons risky: runs of weeks above the level (seasons, trends,
 * promotions) and the level's own bias. Null with too little history.
 */
export interface HorizonError {
  /** Mean error: how much the level has fallen short (> 0) or overshot over a horizon. */
  bias: number;
  /** Mean squared error (bias included). */
  meanSquare: number;
}

export function horizonError(demand: Float64Array, day: number, horizonDays: number): HorizonError | null {
  const h = Math.max(1, Math.round(horizonDays));
  const levelDays = LEVEL_WEEKS * 7;
  const prefix = prefixOf(demand);
  const first = firstSale(demand);
  let sum = 0;
  let sumSq = 0;
  let origins = 0;
  for (let k = 0; k < ERROR_ORIGINS; k++) {
    const origin = day - h - 7 * k;
    if (origin - levelDays < first) break;
    const level = ((prefix[origin] as number) - (prefix[origin - levelDays] as number)) / levelDays;
    const actual = (prefix[origin + h] as number) - (prefix[origin] as number);
    const error = actual - level * h;
    sum += error;
    sumSq += error * error;
    origins++;
  }
  if (origins < MIN_ERROR_ORIGINS) return null;
  const bias = sum / origins;
  return { bias, meanSquare: sumSq / origins };
}
