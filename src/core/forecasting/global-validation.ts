/** Figures of the validation window: the origin's date, each series' error scale, and bias per class. */

import { addMonths } from '../ground/calendar';
import type { ValidationSeries } from './combination-weights';
import type { ClassBias, EngineView } from './global-pipeline-types';
import type { Frequency } from './types';

/** The last bucket `back` buckets before `lastDay` (months keep the day of the month). */
export function bucketDayBefore(frequency: Frequency, lastDay: number, back: number): number {
  if (frequency === 'day') return lastDay - back;
  if (frequency === 'week') return lastDay - 7 * back;
  return addMonths(lastDay, -back);
}

/** M5's scale: mean squared one-step change from the first non-zero bucket on (0 = nothing moved). */
export function validationScale(values: Float64Array): number {
  let start = 0;
  while (start < values.length && !((values[start] as number) !== 0)) start++;
  let sum = 0;
  let n = 0;
  for (let t = start + 1; t < values.length; t++) {
    const d = (values[t] as number) - (values[t - 1] as number);
    if (!Number.isFinite(d)) continue;
    sum += d * d;
    n++;
  }
  return n > 0 ? sum / n : 0;
}

export function validationBias(validation: readonly ValidationSeries[], combined: readonly EngineView[]): ClassBias[] {
  const sums = new Map<string, { series: number; actual: number; engine: number; global: number; combined: number }>();
  validation.forEach((v, k) => {
    const s = sums.get(v.demandClass) ?? { series: 0, actual: 0, engine: 0, global: 0, combined: 0 };
    sums.set(v.demandClass, s);
    s.series++;
    const mean = combined[k]!.mean;
    for (let t = 0; t < v.actual.length; t++) {
      const a = v.actual[t] as number;
      if (!Number.isFinite(a)) continue;
      s.actual += a;
      s.engine += v.engine[t] as number;
      s.global += v.global[t] as number;
      s.combined += mean[t] as number;
    }
  });
  const ratio = (f: number, a: number) => (a > 0 ? (f - a) / a : 0);
  return [...sums]
    .map(([demandClass, s]) => ({
      demandClass,
      series: s.series,
      engine: ratio(s.engine, s.actual),
      global: ratio(s.global, s.actual),
      combined: ratio(s.combined, s.actual),
    }))
    .sort((a, b) => b.series - a.series);
}
