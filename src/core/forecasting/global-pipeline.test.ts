import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../ground/calendar';
import { seededRandom } from '../ground/random';
import { forecastBucketedSeries } from './forecast-bucketed';
import { forecastBucketedWithGlobal } from './forecast-bucketed-global';
import { PLAN_SHARE } from '../forecast/global/work-plan';
import { cutTrainingOptions, seasonalBudget, seasonalWindow, trainingBudget } from './global-pipeline';
import { weekdayOf } from './closed-weekdays';

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
    // No series is younger than the engine's 8 weeks: nothing is learnt for the class `new`.
    expect(learnt.weights.classes.new).toBeUndefined();
    expect(learnt.profileWeights!.classes.new).toBeUndefined();
  }, 120_000);

  it('gives SKUs launched a few weeks before the peak the weights their young copies learnt, and last year\'s shape', async () => {
    const { history, peak } = peakShop(48, 91);
    // The last 8 series launched 2 to 7 weeks ago: only their last weeks are history.
    const young = history.map((h, s) => (s < 40 ? h : h.slice(91 - (2 + (s % 6)))));
    const options = { frequency: 'week' as const, horizon: H, levels: LEVELS };
    const engine = await forecastBucketedSeries(young, options);
    const result = await forecastBucketedWithGlobal(young, { ...options, global: 'on', lastDay: dayFromIso('2024-09-29'), maxTrainSeconds: 2 });
    const learnt = result.pipeline!.learnt;
    expect(engine.demandClass.slice(40).every((c) => c === 'new')).toBe(true);
    expect(learnt.weights.classes.new).toBeDefined();
    expect(learnt.profileWeights!.classes.new!.bands.some((w) => w > 0)).toBe(true);
    expect(learnt.bias.some((b) => b.demandClass === 'new')).toBe(true);
    const total = (means: readonly Float64Array[]) => means.slice(40).reduce((sum, m) => sum + m.reduce((a, b) => a + b, 0), 0);
    const actual = total(peak);
    // The engine's mean of the weeks before the peak is 64% low here; the shape takes back part of it.
    expect(Math.abs(total(result.columns.mean) - actual)).toBeLessThan(0.8 * Math.abs(total(engine.mean) - actual));
    expect(result.columns.method.slice(40).every((m) => m.includes('profile') || m === 'global')).toBe(true);
  }, 120_000);

  it("sizes what is trained by its share of the plan's budget, the safety stop apart", () => {
    const shape = { frequency: 'week' as const, horizon: H, lastDay: dayFromIso('2024-09-29'), levels: LEVELS };
    const input = trainingBudget({ maxTrainSeconds: 900, planSeconds: 20, planShare: 0.25 })!;
    expect(cutTrainingOptions(shape, H, input)).toMatchObject({ maxTrainSeconds: 900, plannedSeconds: 5 });
    expect(cutTrainingOptions(shape, 52, seasonalBudget(input))).toMatchObject({ plannedSeconds: 20 * 0.35 * 0.25 });
    expect(cutTrainingOptions(shape, H, trainingBudget({ maxTrainSeconds: 60 }))).toMatchObject({ plannedSeconds: 60 * PLAN_SHARE });
  });

  it('scores the same weeks a year before the horizon only when a year and the horizon come before them', () => {
    const series = (length: number) => Array.from({ length: 30 }, () => length);
    expect(seasonalWindow('week', H, series(116))).toBeNull();
    expect(seasonalWindow('week', H, series(117))).toMatchObject({ back: 52 });
    expect(seasonalWindow('day', 28, series(2000))).toBeNull();
  });
});

describe('the pipeline on a shop closed one weekday', () => {
  it('forecasts zero on the closed weekday and moves that demand onto the open days', async () => {
    const random = seededRandom(11);
    const lastDay = dayFromIso('2010-11-30');
    const days = 150;
    // Intermittent daily sales, never on a Saturday (weekday 5): the engine spreads a flat rate over all seven days.
    const history = Array.from({ length: 40 }, (_, s) =>
      Float64Array.from({ length: days }, (_, t) => (weekdayOf(lastDay - (days - 1 - t)) === 5 || random() < 0.5 ? 0 : 1 + ((s + t) % 4))),
    );
    const options = { frequency: 'day' as const, horizon: 14, levels: LEVELS };
    const engine = await forecastBucketedSeries(history, options);
    const result = await forecastBucketedWithGlobal(history, { ...options, global: 'on', lastDay, maxTrainSeconds: 2 });
    expect(result.pipeline).not.toBeNull();
    const saturdays = [3, 10]; // 2010-12-04 and 2010-12-11
    expect(saturdays.map((t) => weekdayOf(lastDay + t + 1))).toEqual([5, 5]);
    expect(engine.mean.some((m) => m[3]! > 0)).toBe(true);
    for (let s = 0; s < history.length; s++) {
      for (const t of saturdays) {
        expect(result.columns.mean[s]![t]).toBe(0);
        expect(result.columns.quantiles[s]!.p90![t]).toBe(0);
      }
      expect(result.columns.mean[s]![0]).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('the pipeline on slow movers that sell more at the weekend', () => {
  it("gives the engine's flat forecasts the shop's weekday shape, learnt on the validation window", async () => {
    const random = seededRandom(23);
    const lastDay = dayFromIso('2017-05-21');
    const days = 400;
    // Under a unit a day, twice as likely on Saturday and Sunday: too thin for each series' own weekly test.
    const history = Array.from({ length: 60 }, () =>
      Float64Array.from({ length: days }, (_, t) => (random() < (weekdayOf(lastDay - (days - 1 - t)) >= 5 ? 0.5 : 0.25) ? 1 : 0)),
    );
    const options = { frequency: 'day' as const, horizon: 28, levels: LEVELS };
    const engine = await forecastBucketedSeries(history, options);
    const flat = engine.mean.map((m) => m.every((x) => Math.abs(x - m[0]!) < 1e-9));
    expect(flat.filter(Boolean).length).toBeGreaterThan(30);
    const result = await forecastBucketedWithGlobal(history, { ...options, global: 'on', lastDay, maxTrainSeconds: 2 });
    expect(result.pipeline!.learnt.weekdayShape).toBeGreaterThan(0);
    // Steps 5 and 6 are the first Saturday and Sunday (2017-05-27, 28); steps 0–4 Monday to Friday.
    const weekend = (m: Float64Array) => (m[5]! + m[6]!) / 2;
    const weekdays = (m: Float64Array) => (m[0]! + m[1]! + m[2]! + m[3]! + m[4]!) / 5;
    const engineFlat = result.columns.mean.filter((_, s) => flat[s]);
    const lifted = engineFlat.filter((m) => weekend(m) > 1.2 * weekdays(m)).length;
    expect(lifted).toBeGreaterThan(engineFlat.length / 2);
  }, 120_000);
});
