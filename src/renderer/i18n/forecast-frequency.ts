import type { ForecastRun } from '../../shared/contract/schemas/forecast';
import type { Translate } from './translate';

/** A forecast's buckets: day, week or month. */
export type Frequency = ForecastRun['frequency'];

export function frequencyLabel(t: Translate, frequency: Frequency): string {
  return t(`forecasts.freq.${frequency}`);
}

export function unitLabel(t: Translate, frequency: Frequency): string {
  return t(`forecasts.unit.${frequency}`);
}
