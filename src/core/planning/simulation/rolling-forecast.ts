/**
 * The forecast a simulated decision may use, made on the decision day from the days before it
 * only (rolling origin, no peeking): weekly demand's level is the trailing 8 weeks' average and
 * its variance that of the trailing 26 weekly totals (at least the mean, as for counts). Items
 * selling in fewer than half of those weeks are intermittent and get the count distribution, as
 * in the plan. A level forecast: seasonal items are served worse than by the full engine.
 */

export interface RollingForecast {
  weeklyMean: number;
  weeklyVariance: number;
  intermittent: boolean;
}

const LEVEL_WEEKS = 8;
const SPREAD_WEEKS = 26;

export function rollingForecast(demand: Float64Array, day: number): RollingForecast {
  const weeks = Math.min(SPREAD_WEEKS, Math.floor(day / 7));
  if (weeks === 0) return { weeklyMean: 0, weeklyVariance: 0, intermittent: true };
  let sum = 0;
  let sumSq = 0;
  let levelSum = 0;
  let zeroWeeks = 0;
  for (let w = 0; w < weeks; w++) {
    let total = 0;
    const end = day - 7 * w;
    for (let d = end - 7; d < end; d++) total += demand[d] as number;
    sum += total;
    sumSq += total * total;
    if (w < LEVEL_WEEKS) levelSum += total;
    if (total === 0) zeroWeeks++;
  }
  const mean = sum / weeks;
  const weeklyMean = levelSum / Math.min(LEVEL_WEEKS, weeks);
  const weeklyVariance = weeks > 1 ? Math.max(0, (sumSq - weeks * mean * mean) / (weeks - 1)) : weeklyMean;
  return { weeklyMean, weeklyVariance: Math.max(weeklyVariance, weeklyMean), intermittent: zeroWeeks * 2 > weeks };
}
