import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../ground/calendar';
import { seededRandom } from '../ground/random';
import { forecastBucketedSeries } from './forecast-bucketed';
import { forecastBucketedWithGlobal } from './forecast-bucketed-global';
import { seasonalWindow } from './global-pipeline';

const H = 13;
const LEVELS = [0.1, 0.5, 0.9];

/** Weekly sales with a peak that triples demand in weeks 40–52 of every year; `length` weeks ending just before week 40. */
function peakShop(count: number, length: number): { history: Float64Array[]; peak: Float64Array[] } {
  const random = seededRandom(7);
  const history: Float64Array[] = [];
  const peak: Float64Array[] = [];
  for (let s = 0; s < count; s++) {
    const size = 20 + 5 * (s % 7);
    const at = (t: number) => {
      const week = (t - length + 40 + 52 * 10) % 52;
      return Math.round(size * (week >= 40 ? 3 : 1) * (0.8 + 0.4 * random()));
    };
    history.push(Float64Array.from({ length }, (_, t) => at(t)));
    peak.push(Float64Array.from({ length: H }, (_, h) => at(length + h)));
  }
  return { history, peak };
}

describe('the pipeline on weekly peaks', () => {
  it("learns last year's pooled shape where the engine, with under two years, misses the peak", async () => {
    const { history, peak } = peakShop(40, 91);
    const options = { frequency: 'week' as const, horizon: H, levels: LEVELS };
    const engine = await forecastBucketedSeries(history, options);
    const result = await forecastBucketedWithGlobal(history, { ...options, global: 'on', lastDay: dayFromIso('2024-09-29'), maxTrainSeconds: 2 });
    const learnt = result.pipeline!.learnt;
    expect(learnt.profileWeights).toBeDefined();
    expect(learnt.seasonalSeries).toBeUndefined();
    const total = (means: readonly Float64Array[]) => means.reduce((sum, m) => sum + m.reduce((a, b) => a + b, 0), 0);
    const actual = total(peak);
    const engineMiss = Math.abs(total(engine.mean) - actual);
    const combinedMiss = Math.abs(total(result.columns.mean) - actual);
    expect(combinedMiss).toBeLessThan(engineMiss / 2);
  }, 120_000);

  it('scores the same weeks a year before the horizon only when a year and the horizon come before them', () => {
    const series = (length: number) => Array.from({ length: 30 }, () => length);
    expect(seasonalWindow('week', H, series(116))).toBeNull();
    expect(seasonalWindow('week', H, series(117))).toMatchObject({ back: 52 });
    expect(seasonalWindow('day', 28, series(2000))).toBeNull();
  });
});
