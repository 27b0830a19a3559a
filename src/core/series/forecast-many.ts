import os from 'node:os';
import { JobRunner } from '../app/jobs/runner';
import { createInlineTaskContext } from '../ground/task-context';
import { forecastTask, type ForecastTaskInput, type ForecastTaskResult } from '../app/jobs/tasks/forecast-task';

/** Below this many series, starting workers costs more than it saves. */
const MIN_SERIES_PER_WORKER = 200;

export interface ForecastManyOptions {
  workerEntry: URL | string;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Forecast many series on every core: one worker per chunk, results in input order. */
export async function forecastMany(
  input: ForecastTaskInput,
  options: ForecastManyOptions,
): Promise<ForecastTaskResult> {
  const total = input.series.length;
  const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), Math.floor(total / MIN_SERIES_PER_WORKER)));
  if (workers === 1) {
    return forecastTask(input, createInlineTaskContext((_, current) => options.onProgress?.(current, total)));
  }
  const chunkSize = Math.ceil(total / workers);
  const progress = new Map<string, number>();
  const runner = new JobRunner({
    workerEntry: options.workerEntry,
    onProgress: (p) => {
      progress.set(p.jobId, p.current);
      options.onProgress?.([...progress.values()].reduce((a, b) => a + b, 0), total);
    },
  });
  const chunks = Array.from({ length: workers }, (_, w) => ({
    ...input,
    series: input.series.slice(w * chunkSize, (w + 1) * chunkSize),
  }));
  try {
    const results = await Promise.all(chunks.map((chunk) => runner.start<ForecastTaskResult>('forecast', chunk).done));
    return {
      mean: results.flatMap((r) => r.mean),
      quantiles: results.flatMap((r) => r.quantiles),
      method: results.flatMap((r) => r.method),
      explanation: results.flatMap((r) => r.explanation),
      demandClass: results.flatMap((r) => r.demandClass),
    };
  } finally {
    await runner.stopAll();
  }
}
