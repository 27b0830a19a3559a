/** Scores forecasts of a hold-out set the way M5 does (WRMSSE), with bias, pinball and p10–p90 coverage. */

import type { HoldoutSet } from './retail-sets';

export interface HoldoutForecast {
  mean: Float64Array;
  p10?: Float64Array;
  p50?: Float64Array;
  p90?: Float64Array;
}

export interface HoldoutScore {
  wrmsse: number;
  /** (Σ forecast − Σ actual) / Σ actual over every series and step, weighted like WRMSSE. */
  bias: number;
  /** Mean scaled pinball loss at 0.1, 0.5 and 0.9. */
  pinball: number;
  /** Share of actuals inside p10–p90. */
  coverage: number;
  /** Series scored (a series with no movement in its history has no scale and is skipped, as in M5). */
  scored: number;
}

/** M5's scale: mean squared one-step change from the first non-zero bucket on (0: the series is not scored). */
export function m5Scale(train: Float64Array): number {
  let start = 0;
  while (start < train.length && train[start] === 0) start++;
  let sum = 0;
  let n = 0;
  for (let t = start + 1; t < train.length; t++) {
    const d = train[t]! - train[t - 1]!;
    sum += d * d;
    n++;
  }
  return n > 0 ? sum / n : 0;
}

function absScale(train: Float64Array): number {
  let sum = 0;
  for (let t = 1; t < train.length; t++) sum += Math.abs(train[t]! - train[t - 1]!);
  return train.length > 1 ? sum / (train.length - 1) : 0;
}

export function scoreHoldout(set: HoldoutSet, forecasts: ReadonlyArray<HoldoutForecast | undefined>): HoldoutScore {
  let wrmsse = 0;
  let weightUsed = 0;
  let forecastSum = 0;
  let actualSum = 0;
  let pinSum = 0;
  let pinCount = 0;
  let inside = 0;
  let intervalCount = 0;
  let scored = 0;
  set.skus.forEach((_, s) => {
    const train = set.train[s]!;
    const actual = set.actual[s]!;
    const f = forecasts[s];
    const sc = m5Scale(train);
    if (!f || !(sc > 0)) return;
    scored++;
    let se = 0;
    for (let t = 0; t < set.horizon; t++) se += (actual[t]! - f.mean[t]!) ** 2;
    const w = set.weight[s]!;
    wrmsse += w * Math.sqrt(se / set.horizon / sc);
    weightUsed += w;
    for (let t = 0; t < set.horizon; t++) {
      forecastSum += w * f.mean[t]!;
      actualSum += w * actual[t]!;
    }
    const a = absScale(train) || 1;
    for (const [level, q] of [[0.1, f.p10], [0.5, f.p50 ?? f.mean], [0.9, f.p90]] as const) {
      if (!q) continue;
      for (let t = 0; t < set.horizon; t++) {
        const diff = actual[t]! - q[t]!;
        pinSum += (diff >= 0 ? level * diff : (level - 1) * diff) / a;
        pinCount++;
      }
    }
    if (f.p10 && f.p90) {
      for (let t = 0; t < set.horizon; t++) {
        if (actual[t]! >= f.p10[t]! && actual[t]! <= f.p90[t]!) inside++;
        intervalCount++;
      }
    }
  });
  return {
    wrmsse: weightUsed > 0 ? wrmsse / weightUsed : NaN,
    bias: actualSum > 0 ? (forecastSum - actualSum) / actualSum : NaN,
    pinball: pinCount > 0 ? pinSum / pinCount : NaN,
    coverage: intervalCount > 0 ? inside / intervalCount : NaN,
    scored,
  };
}

/** Reads the CLI's `sku,date,forecast,p10,p50,p90,…` file into per-SKU forecasts in the set's order. */
export function parseForecastCsv(set: HoldoutSet, text: string): Array<HoldoutForecast | undefined> {
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const cols = header.split(',');
  const at = (name: string) => cols.indexOf(name);
  const index = new Map(set.skus.map((sku, i) => [sku, i]));
  const out: Array<HoldoutForecast | undefined> = set.skus.map(() => undefined);
  const step = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split(',');
    const s = index.get(cells[at('sku')]!);
    if (s === undefined) continue;
    const key = cells[at('sku')]!;
    const t = step.get(key) ?? 0;
    step.set(key, t + 1);
    if (t >= set.horizon) continue;
    let f = out[s];
    if (!f) {
      const h = set.horizon;
      out[s] = f = { mean: new Float64Array(h), p10: new Float64Array(h), p50: new Float64Array(h), p90: new Float64Array(h) };
    }
    f.mean[t] = Number(cells[at('forecast')]);
    f.p10![t] = Number(cells[at('p10')]);
    f.p50![t] = Number(cells[at('p50')]);
    f.p90![t] = Number(cells[at('p90')]);
  }
  return out;
}
