import { describe, expect, it } from 'vitest';
import { seededRandom } from '../ground/random';
import { forecastSeries } from './forecast-series';
import { refitSeries } from './refit-series';
import { chooseMethod } from './select';

/** Seeded weekly series: level, trend and noise vary, so the engine picks different methods. */
function weekly(seed: number): Float64Array {
  const u = seededRandom(seed);
  const slope = 2 * (u() - 0.3);
  let level = 50 + 100 * u();
  return Float64Array.from({ length: 90 }, () => {
    level += slope + 3 * (u() - 0.5);
    return Math.max(0, Math.round(level + 15 * (u() - 0.5)));
  });
}

describe('refitSeries', () => {
  it("refits the full engine's chosen method to exactly the full engine's forecast", () => {
    const options = { seasonLength: 52, horizon: 13 };
    const methods = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const y = weekly(seed);
      const full = forecastSeries(y, options);
      const choice = chooseMethod(y, options);
      methods.add(choice.name);
      const refit = refitSeries(y, options, choice.name, full.class);
      expect(refit?.method).toBe(full.method);
      expect(Array.from(refit!.mean)).toEqual(Array.from(full.mean));
    }
    // Several methods were exercised, the warm-started ETS family among them.
    expect(methods.size).toBeGreaterThan(1);
    expect([...methods].some((m) => ['ses', 'damped', 'theta', 'ets', 'combo'].includes(m))).toBe(true);
  });
});
