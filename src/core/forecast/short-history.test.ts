import { describe, expect, it } from 'vitest';
import { forecastSeries } from './forecast-series';
import { seededRandom } from '../ground/random';
import { indexFromProfile } from './short-history';

/** Poisson-ish weekly demand around `level` (seeded), `n` weeks. */
function demand(n: number, level: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => Math.max(0, Math.round(level + (random() - 0.5) * 2 * Math.sqrt(level) * 1.7)));
}

const width = (q: Record<string, Float64Array>, step: number) => (q.p90![step] as number) - (q.p10![step] as number);

describe('a short history admits what it does not know', () => {
  it('gives five weeks a wider band than two years at the same level, widening with the horizon, and says so', () => {
    const short = forecastSeries(demand(5, 20, 1), { seasonLength: 52, horizon: 26, yearLength: 52 });
    const long = forecastSeries(demand(104, 20, 2), { seasonLength: 52, horizon: 26, yearLength: 52 });
    expect(short.shortHistory).toBe(true);
    expect(long.shortHistory).toBe(false);
    expect(width(short.quantiles, 25)).toBeGreaterThan(1.5 * width(long.quantiles, 25));
    expect(width(short.quantiles, 25)).toBeGreaterThan(width(short.quantiles, 0));
  });

  it('leaves a year or more exactly as it was', () => {
    const values = demand(60, 20, 3);
    const plain = forecastSeries(values, { seasonLength: 52, horizon: 26 });
    const withYear = forecastSeries(values, { seasonLength: 52, horizon: 26, yearLength: 52 });
    expect([...withYear.quantiles.p90!]).toEqual([...plain.quantiles.p90!]);
    expect([...withYear.mean]).toEqual([...plain.mean]);
  });

  it('takes a winter season from its siblings: ten winter weeks forecast to fall in spring', () => {
    // A year profile peaking mid-winter (week 0 = January) and low in summer.
    const profile = Float64Array.from({ length: 52 }, (_, w) => 1 + 0.8 * Math.cos((2 * Math.PI * w) / 52));
    // Ten weeks of history ending in the first week of the year: the last ten weeks of the old year.
    const phaseOfFirst = 52 - 9;
    const index = indexFromProfile(profile, phaseOfFirst, 10, 26);
    const values = Array.from({ length: 10 }, (_, t) => Math.round(20 * (index[t] as number)));
    const pooled = forecastSeries(values, { seasonLength: 52, horizon: 26, yearLength: 52, seasonalIndex: index });
    const flat = forecastSeries(values, { seasonLength: 52, horizon: 26, yearLength: 52 });
    expect(pooled.pooledSeason).toBe(true);
    expect(pooled.method).toMatch(/pooled season/);
    // Winter-shaped: highest at the start, falling through spring (weeks 10–20 ahead are March–May).
    expect(pooled.mean[0]).toBeGreaterThan(1.5 * (pooled.mean[18] as number));
    for (let k = 4; k < 22; k++) expect(pooled.mean[k + 1]).toBeLessThanOrEqual((pooled.mean[k] as number) + 1e-9);
    // Without the siblings' season the same history gives no spring fall.
    expect(flat.mean[18]).toBeGreaterThan(0.8 * (flat.mean[0] as number));
  });
});
