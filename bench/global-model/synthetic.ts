/**
 * Seeded weekly retail-like series for the global model: two years of history plus the next
 * `horizon` weeks to score against. A mix of smooth, seasonal (tied to the calendar),
 * intermittent and new items; some carry price and promotion covariates (planned ahead).
 */

import { rng } from '../forecast/synthetic';

export interface SyntheticRetail {
  /** History per series (leading NaN = not launched yet). */
  history: Float64Array[];
  /** The `horizon` weeks after the history. */
  future: Float64Array[];
  kind: string[];
  /** Start date of the last history week. */
  lastBucket: string;
  /** Covariates over history + future (undefined for series without them). */
  price: Array<Float64Array | undefined>;
  promo: Array<Float64Array | undefined>;
}

const LAST_BUCKET = '2025-12-29';
const DAY_MS = 86_400_000;

function gauss(u: () => number): number {
  return Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u());
}

function poisson(lambda: number, u: () => number): number {
  if (lambda <= 0) return 0;
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

/** Yearly shapes shared by many items (summer goods, winter goods, year-end gifts). */
function yearlyShape(profile: number, dayOfYear: number): number {
  const w = (2 * Math.PI) / 365.25;
  if (profile === 0) return Math.cos(w * (dayOfYear - 185));
  if (profile === 1) return Math.cos(w * (dayOfYear + 20));
  return Math.exp(-(((dayOfYear - 340) / 20) ** 2)) * 2 - 0.3;
}

export function syntheticRetail(count: number, historyWeeks = 104, horizon = 13, seed = 7): SyntheticRetail {
  const u = rng(seed);
  const total = historyWeeks + horizon;
  const lastMs = Date.parse(`${LAST_BUCKET}T00:00:00Z`);
  const dayOfYear = Array.from({ length: total }, (_, t) => {
    const ms = lastMs + (t - historyWeeks + 1) * 7 * DAY_MS;
    return (ms - Date.UTC(new Date(ms).getUTCFullYear(), 0, 1)) / DAY_MS;
  });
  const out: SyntheticRetail = { history: [], future: [], kind: [], lastBucket: LAST_BUCKET, price: [], promo: [] };
  for (let s = 0; s < count; s++) {
    const r = u();
    const kind = r < 0.3 ? 'smooth' : r < 0.6 ? 'seasonal' : r < 0.85 ? 'intermittent' : 'new';
    const level = kind === 'intermittent' ? 0.05 + 0.8 * u() : Math.exp(Math.log(3) + u() * Math.log(100));
    const amplitude = kind === 'seasonal' ? 0.3 + 0.5 * u() : kind === 'smooth' ? 0.1 * u() : 0.3 * u();
    const profile = Math.floor(3 * u());
    const trend = (u() - 0.5) * 0.008;
    const launch = kind === 'new' ? historyWeeks - 4 - Math.floor(36 * u()) : 0;
    const lumpy = kind === 'intermittent' && u() < 0.4;
    const hasCovariates = u() < 0.4;
    const lift = 1.3 + 1.2 * u();
    const price = hasCovariates ? new Float64Array(total) : undefined;
    const promo = hasCovariates ? new Float64Array(total) : undefined;
    const listPrice = 10 + 90 * u();
    let basePrice = listPrice;
    const y = new Float64Array(total);
    for (let t = 0; t < total; t++) {
      if (t < launch) {
        y[t] = NaN;
        continue;
      }
      let mu = level * Math.max(0.05, 1 + amplitude * yearlyShape(profile, dayOfYear[t] as number)) * Math.max(0.2, 1 + trend * t);
      if (kind === 'new') mu *= Math.min(1, 0.3 + (t - launch) / 8);
      if (price && promo) {
        if (u() < 0.01) basePrice *= 0.85 + 0.3 * u();
        const onPromo = u() < 0.08;
        promo[t] = onPromo ? 1 : 0;
        price[t] = basePrice * (onPromo ? 0.8 : 1);
        // Promotions lift demand; permanent price changes move it with elasticity −1.5.
        mu *= (onPromo ? lift : 1) * Math.pow(basePrice / listPrice, -1.5);
      }
      y[t] = lumpy ? (u() < Math.min(0.5, mu / 4) ? 1 + poisson(4 * u() + 2, u) : 0) : poisson(mu, u);
    }
    out.history.push(y.slice(0, historyWeeks));
    out.future.push(y.slice(historyWeeks));
    out.kind.push(kind);
    out.price.push(price);
    out.promo.push(promo);
  }
  return out;
}
