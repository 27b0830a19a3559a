import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { EngineSeries } from '../../forecasting/forecast-established';
import type { SeriesForecast } from '../../forecasting/types';
import type { ProgressMessage } from '../../ground/task-context';

/** Messages a job worker sends to its parent: exactly one `result` or `error` ends a job. */
export type WorkerMessage =
  | ProgressMessage
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: ApiErrorShape };

/** What a worker is started with (as workerData). */
export interface WorkerStart {
  kind: string;
  input: unknown;
  /** Int32Array over a SharedArrayBuffer: element 0 becomes 1 when the job is cancelled. */
  cancelFlag: SharedArrayBuffer;
  /** The Electron-ABI SQLite build, when the app runs inside Electron (module state is per thread). */
  nativeBinding: string | null;
}


/** A streamed forecast chunk (chunk-stream.ts): the parent sends batches of series, then `end`. */
export type StreamToWorker = { type: 'batch'; id: number; series: EngineSeries[] } | { type: 'end' };

/** One answer per batch, in the order sent; an `error` ends the stream. */
export type StreamToParent = { type: 'batch'; id: number; value: SeriesForecast[] } | { type: 'error'; error: ApiErrorShape };
