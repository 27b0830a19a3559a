/**
 * A batch's forecasts packed for the trip back from a worker: every Float64Array copied into one
 * buffer and replaced by a view of it. Cloned one by one, each of a forecast's dozen short
 * arrays becomes an ArrayBuffer of its own in the parent (~200 bytes of bookkeeping each, about
 * 250 MB at 100,000 series), and a view of a larger array would drag its whole buffer along.
 * Arrays shared between fields stay shared, as the structured clone keeps them.
 */

import type { GlobalForecast } from '../../forecast/global/types';
import type { SeriesForecast } from '../../forecasting/types';

/** The engine's forecasts, or the global model's (a kept worker predicts too). */
type Packable = SeriesForecast | GlobalForecast;

type Visit = (owner: Record<string, unknown>, key: string, array: Float64Array) => void;

function eachArray(f: Packable, visit: Visit): void {
  const backtest = 'backtest' in f ? f.backtest : null;
  for (const owner of [f, f.quantiles, backtest] as (Record<string, unknown> | null)[]) {
    if (!owner) continue;
    for (const key of Object.keys(owner)) {
      const value = owner[key];
      if (value instanceof Float64Array) visit(owner, key, value);
    }
  }
}

export function packForecasts(forecasts: readonly Packable[]): void {
  const seen = new Set<Float64Array>();
  let total = 0;
  for (const f of forecasts) {
    eachArray(f, (_, __, array) => {
      if (seen.has(array)) return;
      seen.add(array);
      total += array.length;
    });
  }
  const buffer = new Float64Array(total);
  const packed = new Map<Float64Array, Float64Array>();
  let at = 0;
  for (const f of forecasts) {
    eachArray(f, (owner, key, array) => {
      let view = packed.get(array);
      if (!view) {
        buffer.set(array, at);
        view = buffer.subarray(at, at + array.length);
        at += array.length;
        packed.set(array, view);
      }
      owner[key] = view;
    });
  }
}
