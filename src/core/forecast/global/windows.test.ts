import { describe, expect, it } from 'vitest';
import { calendarFeaturesPerStep, parseBucketDate, shiftBucket, writeCalendarFeatures } from './calendar';
import { seededRandom } from '../../ground/random';
import { planWindows } from './sampling';
import { buildWindowSet, featureLayout, meanTargetCap, prepareSeries, seesTheYear, windowNormaliser, writeInputRow, SUMMARY_FEATURES } from './windows';

const f32 = (values: ArrayLike<number>): number[] => Array.from(values, (v) => Math.fround(v));
const plain = {};

describe('windowNormaliser', () => {
  it('uses the window mean as base and the mean absolute change as scale', () => {
    // Window [2, 4, 4, 6]: mean 4, |changes| 2, 0, 2 → 4/3.
    const n = windowNormaliser(Float64Array.from([9, 2, 4, 4, 6]), 0, 5, 4);
    expect(n.base).toBe(4);
    expect(n.scale).toBeCloseTo(4 / 3, 12);
    expect(n.level).toBe(4);
  });

  it('falls back to the level, then the whole history, then 1 when nothing changes', () => {
    expect(windowNormaliser(Float64Array.from([5, 5, 5]), 0, 3, 3).scale).toBe(5);
    // Window [0, 0, 0] is flat and zero; the history before it had 3 in five buckets.
    expect(windowNormaliser(Float64Array.from([3, 0, 0, 0, 0]), 0, 5, 3).scale).toBeCloseTo(0.6, 12);
    expect(windowNormaliser(new Float64Array(4), 0, 4, 3)).toEqual({ base: 0, scale: 1, level: 0 });
  });

  it('caps the mean-head targets of a lumpy window at 5 scale units, of a smooth one at 25', () => {
    // Lumpy: a bulk order of 40 among zeros and ones; mean |Δy| is above the level.
    const lumpy = windowNormaliser(Float64Array.from([0, 1, 0, 40, 0, 1, 0, 0]), 0, 8, 8);
    expect(lumpy.scale).toBeGreaterThan(lumpy.level);
    expect(meanTargetCap(lumpy)).toBe(5);
    // Smooth: ~100 units a bucket changing by 1–2 (level / scale = 100 / 1.5).
    expect(meanTargetCap(windowNormaliser(Float64Array.from([100, 101, 99, 100, 102, 100]), 0, 6, 6))).toBe(25);
    // Between: level / scale = 3 → 15.
    expect(meanTargetCap({ base: 3, scale: 1, level: 3 })).toBe(15);
  });

  it('ignores buckets before the item existed', () => {
    // Observed from index 2: window [4, 8] → base 6, scale 4.
    expect(windowNormaliser(Float64Array.from([0, 0, 4, 8]), 2, 4, 3)).toEqual({ base: 6, scale: 4, level: 6 });
  });
});

describe('writeInputRow', () => {
  it('writes exact normalised lags, summary features and targets', () => {
    const s = prepareSeries([1, 2, 3, 4, 5, 6], 0, plain);
    const layout = featureLayout(3, 2, 'other', { dates: false, promo: false, price: false });
    expect(layout.width).toBe(3 + SUMMARY_FEATURES);
    const set = buildWindowSet([s], [{ series: 0, origin: 4 }], layout);
    // Window [2, 3, 4]: base 3, scale 1.
    expect(Array.from(set.x)).toEqual(f32([-1, 0, 1, 1, 0, Math.log1p(3) / 10, -3 / 4]));
    expect(Array.from(set.y)).toEqual([2, 3]);
    // level / scale = 3: the mean head's targets are capped at 15 scale units.
    expect(Array.from(set.meanCap)).toEqual([15]);
  });

  it('pads missing history with zeros, fills gaps, and counts zeros', () => {
    // Launched at index 2; the gap at index 3 is interpolated to 2.
    const s = prepareSeries([NaN, NaN, 0, NaN, 4], 0, plain);
    expect(s.start).toBe(2);
    expect(Array.from(s.values)).toEqual([0, 0, 0, 2, 4]);
    const layout = featureLayout(4, 1, 'other', { dates: false, promo: false, price: false });
    const row = new Float32Array(layout.width);
    const norm = writeInputRow(row, 0, s, 5, layout);
    // Observed [0, 2, 4]: base 2, scale 2.
    expect(norm).toEqual({ base: 2, scale: 2, level: 2 });
    expect(Array.from(row)).toEqual(f32([0, -1, 0, 1, 3 / 4, 1 / 3, Math.log1p(2) / 10, -1 / 4]));
  });

  it('adds promotion flags and clipped log price ratios for input and target buckets', () => {
    const options = { covariates: { promo: [[0, 1, 0, 1]], price: [[10, 10, 20, 5]] } };
    const s = prepareSeries([1, 3, 1], 0, options);
    const layout = featureLayout(2, 1, 'other', { dates: false, promo: true, price: true });
    const row = new Float32Array(layout.width);
    writeInputRow(row, 0, s, 3, layout);
    const covariates = Array.from(row.subarray(2 + SUMMARY_FEATURES));
    // Promo for buckets 1, 2, 3; prices relative to the window mean 15: 10, 20, 5.
    expect(covariates).toEqual(f32([1, 0, 1, Math.log(10 / 15), Math.log(20 / 15), Math.log(5 / 15)]));
  });
});

describe('calendar features', () => {
  it('counts features per frequency', () => {
    expect(calendarFeaturesPerStep('week', true)).toBe(2);
    expect(calendarFeaturesPerStep('day', true)).toBe(4);
    // A daily model whose series do not reach a year back reads the week's phase only.
    expect(calendarFeaturesPerStep('day', true, false)).toBe(2);
    expect(calendarFeaturesPerStep('month', false)).toBe(0);
  });

  it('steps buckets by week and by month', () => {
    const last = parseBucketDate('2024-12-30');
    expect(new Date(shiftBucket(last, 1, 'week')).toISOString().slice(0, 10)).toBe('2025-01-06');
    expect(new Date(shiftBucket(parseBucketDate('2024-11-01'), 3, 'month')).toISOString().slice(0, 10)).toBe('2025-02-01');
  });

  it('encodes the month as a point on the circle', () => {
    const out = new Float32Array(4);
    // The two buckets after 2024-02-01 are March (month 2) and April (month 3).
    writeCalendarFeatures(out, 0, parseBucketDate('2024-02-01'), 1, 2, 'month', 2);
    const at = (m: number): number[] => [Math.sin((2 * Math.PI * m) / 12), Math.cos((2 * Math.PI * m) / 12)];
    expect(Array.from(out)).toEqual(f32([...at(2), ...at(3)]));
  });

  it("gives a daily model under a year the week's phase only, and one with a year both phases", () => {
    const short = featureLayout(7, 2, 'day', { dates: true, promo: false, price: false, lastYear: false });
    const long = featureLayout(7, 2, 'day', { dates: true, promo: false, price: false, lastYear: true });
    expect(short.calendarPerStep).toBe(2);
    expect(long.calendarPerStep).toBe(4);
    const out = new Float32Array(4);
    writeCalendarFeatures(out, 0, parseBucketDate('2024-02-01'), 1, 2, 'day', short.calendarPerStep);
    const week = (day: string): number[] => {
      const phase = (2 * Math.PI * (Math.floor(parseBucketDate(day) / 86_400_000) % 7)) / 7;
      return [Math.sin(phase), Math.cos(phase)];
    };
    expect(Array.from(out)).toEqual(f32([...week('2024-02-02'), ...week('2024-02-03')]));
  });

  it("gives weekly and monthly models the year's phase only once a series has a year of its own", () => {
    // 51 weeks trained on never reach the horizon's weeks a year back; 52 from a later start do.
    expect(seesTheYear([{ start: 0, length: 51 }], 'week', 13)).toBe(false);
    expect(seesTheYear([{ start: 0, length: 51 }, { start: 3, length: 55 }], 'week', 13)).toBe(true);
    expect(seesTheYear([{ start: 2, length: 13 }], 'month', 12)).toBe(false);
    expect(seesTheYear([{ start: 0, length: 12 }], 'month', 12)).toBe(true);
    const unseen = featureLayout(4, 2, 'week', { dates: true, promo: false, price: false, yearSeen: false });
    const seen = featureLayout(4, 2, 'week', { dates: true, promo: false, price: false, yearSeen: true });
    expect(unseen.calendarPerStep).toBe(0);
    expect(seen.calendarPerStep).toBe(2);
    expect(seen.width - unseen.width).toBe(2 * 2);
  });
});

describe('planWindows', () => {
  const extents = Array.from({ length: 20 }, (_, i) => ({ start: i % 3, length: 40 }));
  const options = {
    horizon: 4,
    minHistory: 3,
    maxWindows: 100,
    maxWindowsPerSeries: 8,
    validationShare: 0.2,
    minValidationWindows: 2,
    maxValidationWindows: 100,
  };

  it('caps windows per series and keeps validation targets out of training', () => {
    const plan = planWindows(extents, options, seededRandom(1));
    expect(plan.validation).toHaveLength(4);
    const held = new Set(plan.validation.map((v) => v.series));
    plan.trainOrigins.forEach((origins, s) => {
      expect(origins.length).toBe(5); // 100 windows over 20 series
      const e = extents[s] as { start: number; length: number };
      const last = held.has(s) ? e.length - 2 * options.horizon : e.length - options.horizon;
      expect(Math.max(...origins)).toBe(last);
      expect(Math.min(...origins)).toBeGreaterThanOrEqual(e.start + options.minHistory);
    });
    for (const v of plan.validation) expect(v.origin).toBe(36);
  });

  it('is reproducible for a seed', () => {
    expect(planWindows(extents, options, seededRandom(7))).toEqual(planWindows(extents, options, seededRandom(7)));
  });

  it('keeps the windows at the cap when the series outnumber it: a seeded choice of series, one window each', () => {
    const capped = { ...options, maxWindows: 7 };
    const plan = planWindows(extents, capped, seededRandom(3));
    const trained = plan.trainOrigins.map((o, s) => [s, o.length] as const).filter(([, n]) => n > 0);
    expect(trained).toHaveLength(7);
    for (const [s, n] of trained) {
      expect(n).toBe(1);
      const held = plan.validation.some((v) => v.series === s);
      expect(plan.trainOrigins[s]).toEqual([held ? 40 - 2 * options.horizon : 40 - options.horizon]);
    }
    // The validation series are among the first of the seeded order, so they train too.
    for (const v of plan.validation) expect(plan.trainOrigins[v.series]).toHaveLength(1);
    expect(planWindows(extents, capped, seededRandom(3))).toEqual(plan);
  });
});

describe('last year for daily rows', () => {
  it('adds weekly means of the days 364 days before the 4 weeks ahead of the origin and the horizon, and the share seen', () => {
    // A lift in the week 58…64, which is 364 + 28 days before the origin 450.
    const values = Array.from({ length: 450 }, (_, t) => 10 + (t % 3) + (t >= 58 && t < 65 ? 5 : 0));
    const s = prepareSeries(values, 0, { lastBucket: '2025-06-30' });
    const layout = featureLayout(6, 7, 'day', { dates: true, promo: false, price: false, lastYear: true });
    expect(layout.yearBlocks).toBe(5);
    const row = new Float32Array(layout.width);
    const norm = writeInputRow(row, 0, s, 450, layout);
    const blockMean = (b: number): number => values.slice(58 + 7 * b, 65 + 7 * b).reduce((a, v) => a + v, 0) / 7;
    const expected = [0, 1, 2, 3, 4].map((b) => Math.fround((blockMean(b) - norm.base) / norm.scale));
    expect(Array.from(row.subarray(layout.width - 6))).toEqual([...expected, 1]);
    expect(expected[0]).toBeGreaterThan((expected[1] as number) + 4 / norm.scale);

    // A series younger than a year sees nothing of last year.
    const young = prepareSeries(values.slice(300), 0, { lastBucket: '2025-06-30' });
    writeInputRow(row, 0, young, 150, layout);
    expect(Array.from(row.subarray(layout.width - 6))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
