/** Seeded synthetic retail-like weekly series for the speed benchmark. */
import { seededRandom } from '../../src/core/ground/random';

/** The product's seeded generator, for the benches' synthetic series. */
export const rng = seededRandom;


function poisson(lambda: number, u: () => number): number {
  if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gauss(u)));
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= u();
  } while (p > l);
  return k - 1;
}

function gauss(u: () => number): number {
  return Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u());
}

/**
 * n series of `length` weeks: a quarter each of seasonal smooth, trending, intermittent
 * (Poisson with low rate) and lumpy (rare large orders) demand.
 */
export function syntheticWeekly(count: number, length: number, seed = 42): Float64Array[] {
  const u = rng(seed);
  const out: Float64Array[] = [];
  for (let s = 0; s < count; s++) {
    const kind = s % 4;
    const y = new Float64Array(length);
    const base = 5 + 200 * u();
    const amp = 0.4 * u();
    const trend = (u() - 0.5) * 0.01;
    const phase = u() * 52;
    const rate = 0.1 + 0.6 * u();
    for (let t = 0; t < length; t++) {
      const season = 1 + amp * Math.sin((2 * Math.PI * (t + phase)) / 52);
      if (kind === 0) y[t] = poisson(base * season, u);
      else if (kind === 1) y[t] = poisson(Math.max(0.5, base * (1 + trend * t)), u);
      else if (kind === 2) y[t] = poisson(rate * season, u);
      else y[t] = u() < 0.15 ? Math.round(1 + 30 * u()) : 0;
    }
    out.push(y);
  }
  return out;
}
