import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ground/random';
import { fitLength, recentHistory } from './fit-window';
import { forecastSeries } from './forecast-series';

/** Ten years of weekly demand: an old regime at a high level, then the current one. */
function longWeekly(): Float64Array {
  const u = seededRandom(11);
  return Float64Array.from({ length: 520 }, (_, t) => Math.round((t < 200 ? 400 : 60) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 52)) + 20 * u()));
}

describe('fit window', () => {
  it('keeps four years (or four seasons), never fewer than the minimum', () => {
    expect(fitLength(52, 52)).toBe(208);
    expect(fitLength(7, 364)).toBe(1456);
    expect(fitLength(12, 12)).toBe(156);
    expect(fitLength(1)).toBe(156);
  });

  it('a long history is forecast from its recent part only', () => {
    const y = longWeekly();
    const options = { seasonLength: 52, horizon: 13, yearLength: 52 };
    const whole = forecastSeries(y, options);
    const recent = forecastSeries(y.slice(y.length - 208), options);
    expect(Array.from(whole.mean)).toEqual(Array.from(recent.mean));
    expect(whole.method).toBe(recent.method);
    // The old regime at 400 a week leaves no trace in the level.
    for (const v of whole.mean) expect(v).toBeLessThan(150);
  });

  it('a history within the window is fitted whole', () => {
    const y = longWeekly().subarray(0, 150);
    expect(recentHistory(y, 52, 52)).toBe(y);
  });
});
