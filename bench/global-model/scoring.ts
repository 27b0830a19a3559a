/** Scores global, engine and combined forecasts side by side on held-out data. */

import { mase, pinball, quantileKey, rmsse } from '../../src/core/forecast';
import { accumulator, add, avg, type Accumulator } from '../forecast/evaluate';

export interface PointAndQuantiles {
  mean: Float64Array;
  quantiles: Record<string, Float64Array>;
}

/** Mean of the point forecasts; quantiles averaged level by level (Vincentisation). */
export function combine(a: PointAndQuantiles, b: PointAndQuantiles): PointAndQuantiles {
  const avgOf = (x: Float64Array, y: Float64Array): Float64Array => x.map((v, i) => (v + (y[i] as number)) / 2);
  const quantiles: Record<string, Float64Array> = {};
  for (const key of Object.keys(a.quantiles)) {
    const other = b.quantiles[key];
    if (other) quantiles[key] = avgOf(a.quantiles[key] as Float64Array, other);
  }
  return { mean: avgOf(a.mean, b.mean), quantiles };
}

/** The median as a point forecast (what MASE rewards). */
export function medianAsPoint(f: PointAndQuantiles): PointAndQuantiles {
  return { ...f, mean: f.quantiles[quantileKey(0.5)] ?? f.mean };
}

export const PINBALL_LEVELS = [0.5, 0.9, 0.95] as const;

export class Scoreboard {
  readonly acc: Accumulator = accumulator();
  readonly rows: string[] = [];

  /** Scale lag 1 as in M4 weekly and the carparts bench; pinball in units of the series. */
  score(row: string, f: PointAndQuantiles, train: Float64Array, test: Float64Array): void {
    if (!this.rows.includes(row)) this.rows.push(row);
    add(this.acc, `${row}:mase`, mase(test, f.mean, train, 1));
    add(this.acc, `${row}:rmsse`, rmsse(test, f.mean, train, 1));
    let sum = 0;
    for (const level of PINBALL_LEVELS) {
      const q = f.quantiles[quantileKey(level)];
      const loss = q ? pinball(test, q, level) : NaN;
      add(this.acc, `${row}:pb${level}`, loss);
      sum += loss;
    }
    add(this.acc, `${row}:pinball`, sum / PINBALL_LEVELS.length);
  }

  value(row: string, metric: string): number {
    return avg(this.acc, `${row}:${metric}`);
  }

  print(metrics: readonly string[]): void {
    console.log('forecast'.padEnd(40) + metrics.map((m) => m.padStart(10)).join(''));
    for (const row of this.rows) console.log(row.padEnd(40) + metrics.map((m) => this.value(row, m).toFixed(4).padStart(10)).join(''));
  }
}

/** Extra training options for experiments, e.g. GLOBAL_MODEL_OPTIONS='{"hiddenUnits":[128,128]}'. */
export function trainingOverrides(): Record<string, unknown> {
  const raw = process.env.GLOBAL_MODEL_OPTIONS;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

