import type { ForecastRun } from '../../../shared/contract/schemas/forecast';
import type { Formatters } from '../../i18n/format';

// Shared with the other pages; forecasts show any non-zero bias with its sign.
export { percent, signedPercent } from '../../i18n/format';
import { frequencyLabel, type Frequency } from '../../i18n/forecast-frequency';
import { isMessageKey, type Translate } from '../../i18n/translate';

/** Demand classes (smooth, erratic, intermittent, lumpy, new, zero) in the user's language; unknown ones as sent. */
export function classLabel(t: Translate): (raw: unknown) => string {
  return (raw) => {
    const value = String(raw ?? '');
    const key = `forecasts.class.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
}

/** A series' location; location 0 is a run summed over all locations. */
export function locationLabel(t: Translate, row: { locationId: number; location: string }): string {
  return row.locationId === 0 ? t('forecasts.location.all') : row.location;
}

/** "26 weeks", "30 days". */
export function periodsLabel(t: Translate, frequency: Frequency, count: number): string {
  return t(`forecasts.periods.${frequency}`, { count });
}

/** Header of the n-th next period: "Wk +1". */
export function nextLabel(t: Translate, frequency: Frequency, n: number): string {
  return t(`forecasts.next.${frequency}`, { n: String(n) });
}

/** One line for the run selector: when, buckets, horizon, size and time taken. */
export function runLabel(t: Translate, format: Formatters, run: ForecastRun): string {
  const label = t('forecasts.run.label', {
    date: format.dateTime(run.createdAt),
    frequency: frequencyLabel(t, run.frequency),
    horizon: periodsLabel(t, run.frequency, run.horizon),
    series: run.seriesCount,
    seconds: run.seconds === null ? '—' : run.seconds.toFixed(1),
  });
  return run.parentRunId ? t('refresh.run.incremental', { label, parent: run.parentRunId }) : label;
}

/** Ratios such as MASE: always two decimals so a column lines up. */
export function ratio(format: Formatters, value: number | null | undefined): string {
  return format.twoDecimals(value);
}
