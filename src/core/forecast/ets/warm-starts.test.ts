import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../ground/random';
import { NelderMead } from '../optimise/nelder-mead';
import { fitEts } from './fit';
import type { EtsSpec } from './types';
import { WarmStarts } from './warm-starts';

const DAMPED: EtsSpec = { error: 'A', trend: 'Ad', season: 'N' };

/** A noisy trending weekly series (seeded). */
function series(n: number): Float64Array {
  const u = seededRandom(7);
  let level = 100;
  return Float64Array.from({ length: n }, () => {
    level += 0.8 + 4 * (u() - 0.5);
    return level + 12 * (u() - 0.5);
  });
}

function countEvals<T>(run: () => T): { result: T; evals: number } {
  let evals = 0;
  const minimise = NelderMead.prototype.minimise;
  NelderMead.prototype.minimise = function (f, x, step, opts) {
    return minimise.call(this, (p) => (evals++, f(p)), x, step, opts);
  };
  try {
    return { result: run(), evals };
  } finally {
    NelderMead.prototype.minimise = minimise;
  }
}

describe('ETS warm starts', () => {
  it('a fit started from the previous window reaches the cold optimum with fewer evaluations', () => {
    const y = series(104);
    const warm = new WarmStarts();
    const earlier = fitEts(y.subarray(0, 91), DAMPED, 1)!;
    warm.set('damped', earlier);
    const cold = countEvals(() => fitEts(y, DAMPED, 1)!);
    const hot = countEvals(() => fitEts(y, DAMPED, 1, { start: warm.get('damped') })!);
    // The likelihood may differ only by about the optimiser's tolerance (0.2 in −2·log L),
    // well under the 2 units an AICc step between models is worth.
    expect(hot.result.minus2LogLik).toBeLessThan(cold.result.minus2LogLik + 0.5);
    expect(hot.evals).toBeLessThan(cold.evals);
  });

  it('a start on or outside the bounds is pulled inside, so the fit stays admissible', () => {
    const y = series(60);
    const fit = fitEts(y, DAMPED, 1, { start: { alpha: 1, beta: 2, gamma: 0, phi: 0.5 } })!;
    expect(fit.alpha).toBeLessThanOrEqual(0.9999);
    expect(fit.beta).toBeLessThanOrEqual(fit.alpha);
    expect(fit.phi).toBeGreaterThanOrEqual(0.8);
    expect(fit.phi).toBeLessThanOrEqual(0.98);
  });
});
