import path from 'node:path';
import { sourceWorkerEntry } from '../../core/app/jobs/runner';
import { forecastChunksOnWorkers } from '../../core/app/jobs/tasks/forecast-chunk-task';
import { bucketize } from '../../core/forecasting/bucketize';
import { bucketCovariates } from '../../core/forecasting/bucket-covariates';
import type { Frequency } from '../../core/forecasting/types';
import { forecastBucketedWithGlobal } from '../../core/forecasting/forecast-bucketed-global';
import { readDemandCsvWithDates } from '../forecast-csv/read-demand-csv';
import { parseDateOrderOption } from './import';
import { REQUIRED_QUANTILES, writeForecastCsv } from '../forecast-csv/write-forecast-csv';
import { MAX_FORECAST_HORIZON } from '../../shared/contract/schemas/forecast';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { CliUsageError } from '../usage-error';
import type { LocationMode } from '../../core/forecasting';
import { forecastWorkspace } from './forecast-workspace';
import { DEFAULT_TIME_BUDGET_SECONDS, parseGlobalFlags } from './forecast-global-options';
import { defaultEventsForDays } from '../../core/forecasting/global-events';
import { globalNote } from './forecast-global-note';

const FREQUENCIES: Frequency[] = ['day', 'week', 'month'];

/**
 * `forecast --input SALES.csv --horizon H --frequency day|week|month --output OUT.csv [--quantiles …] [--global auto|on|off] [--time-budget SECONDS]`,
 * or `forecast --workspace FILE [--frequency …] [--horizon H] [--output OUT.csv] [--global …] [--time-budget …]` to forecast and store a run.
 */
export async function forecastCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    input: { type: 'string' },
    horizon: { type: 'string' },
    frequency: { type: 'string' },
    output: { type: 'string' },
    quantiles: { type: 'string' },
    workspace: { type: 'string' },
    locations: { type: 'string' },
    'as-of': { type: 'string' },
    'date-order': { type: 'string' },
    global: { type: 'string' },
    'time-budget': { type: 'string' },
    'fixed-global-weight': { type: 'string' },
  });
  if (values.workspace) {
    await forecastWorkspaceFromArgs(values.workspace, values);
    return;
  }
  const input = path.resolve(requireOption(values.input, 'input'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const horizon = integerOption(requireOption(values.horizon, 'horizon'), 'horizon', 1, MAX_FORECAST_HORIZON)!;
  const frequency = requireOption(values.frequency, 'frequency') as Frequency;
  if (!FREQUENCIES.includes(frequency)) {
    throw new CliUsageError(`--frequency must be one of ${FREQUENCIES.join(', ')}, not "${frequency}"`);
  }
  const levels = parseQuantiles(values.quantiles);
  const globalFlags = parseGlobalFlags(values);

  const started = performance.now();
  const dateOrder = parseDateOrderOption(values['date-order']);
  const { rows, dateOrder: datesRead, covariates } = await readDemandCsvWithDates(input, dateOrder ? { dateOrder } : {});
  if (datesRead) console.log(`Dates in ${path.basename(input)}: ${datesRead.order === 'DMY' ? 'day/month/year' : datesRead.order === 'MDY' ? 'month/day/year' : 'year/month/day'} (${datesRead.reason})`);
  const buckets = bucketize(rows, frequency);
  const progress = progressPrinter();
  const { columns: result, decision, pipeline } = await forecastBucketedWithGlobal(buckets.series, {
    frequency,
    horizon,
    levels,
    runChunk: forecastChunksOnWorkers(sourceWorkerEntry),
    onProgress: (done, total) => progress.update('forecasting', done, total),
    global: globalFlags.global,
    // --time-budget moves the safety stop; what is trained is sized by the default (or a shorter budget).
    maxTrainSeconds: globalFlags.maxTrainSeconds ?? DEFAULT_TIME_BUDGET_SECONDS,
    planSeconds: DEFAULT_TIME_BUDGET_SECONDS,
    ...(globalFlags.fixedWeight !== undefined ? { fixedWeight: globalFlags.fixedWeight } : {}),
    lastDay: rows.lastDay,
    events: defaultEventsForDays(firstDay(rows.day), rows.lastDay),
    ...(covariates ? { covariates: bucketCovariates(rows, covariates, frequency, buckets.series, horizon) } : {}),
  });
  progress.done();
  for (const line of globalNote(decision, pipeline)) console.log(line);
  const written = await writeForecastCsv(output, rows.skus, buckets.futureDays(horizon), levels, result);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Forecast ${rows.skus.length.toLocaleString('en')} SKUs × ${horizon} ${frequency}s → ${output} ` +
      `(${written.toLocaleString('en')} rows, ${seconds.toFixed(1)} s)`,
  );
}

async function forecastWorkspaceFromArgs(
  file: string,
  values: { frequency?: string; horizon?: string; output?: string; quantiles?: string; locations?: string; 'as-of'?: string; global?: string; 'time-budget'?: string },
): Promise<void> {
  const globalFlags = parseGlobalFlags(values);
  const frequency = values.frequency as Frequency | undefined;
  if (frequency !== undefined && !FREQUENCIES.includes(frequency)) {
    throw new CliUsageError(`--frequency must be one of ${FREQUENCIES.join(', ')}, not "${frequency}"`);
  }
  const locations = values.locations as LocationMode | undefined;
  if (locations !== undefined && locations !== 'each' && locations !== 'total') {
    throw new CliUsageError(`--locations must be each or total, not "${locations}"`);
  }
  await forecastWorkspace(file, {
    frequency,
    horizon: integerOption(values.horizon, 'horizon', 1, MAX_FORECAST_HORIZON),
    quantiles: values.quantiles === undefined ? undefined : parseQuantiles(values.quantiles),
    output: values.output,
    locations,
    asOf: values['as-of'],
    global: globalFlags.global,
    timeBudget: globalFlags.maxTrainSeconds,
  });
}

function firstDay(days: Int32Array): number {
  let first = Infinity;
  for (const day of days) if (day < first) first = day;
  return first;
}

/** The requested levels plus the ones every forecast file carries, sorted and unique. */
function parseQuantiles(text: string | undefined): number[] {
  const requested = (text ?? '').split(',').filter((part) => part.trim() !== '').map((part) => {
    const level = Number(part);
    if (!(level > 0 && level < 1)) throw new CliUsageError(`--quantiles takes levels between 0 and 1, not "${part}"`);
    return level;
  });
  return [...new Set([...REQUIRED_QUANTILES, ...requested])].sort((a, b) => a - b);
}
