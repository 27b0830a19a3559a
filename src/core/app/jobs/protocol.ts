import type { ApiErrorShape } from '../../../shared/contract/errors';
import type { EngineSeries, EngineSettings } from '../../forecasting/forecast-established';
import type { SeriesForecast } from '../../forecasting/types';
import type { GlobalForecast, GlobalModelArtefact } from '../../forecast/global/types';
import type { GlobalChunk } from '../../forecasting/global-chunk';
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


/**
 * A streamed forecast chunk (chunk-stream.ts): the parent sends batches of series, each with its
 * chunk's settings (a kept worker serves chunks of any settings); the parent ends the worker's
 * thread when it has nothing more to send (chunk-stream.ts). A kept worker also
 * predicts slices with the global model, reading their prices itself: the model comes with the
 * first slice that needs it and stays loaded, later slices name it by id.
 */
export type StreamToWorker =
  | { type: 'batch'; id: number; series: EngineSeries[]; settings: EngineSettings }
  | ({ type: 'global'; id: number; model: { id: number; artefact?: GlobalModelArtefact } } & Omit<GlobalChunk, 'model'>);

/** One answer per batch or share, in the order sent; an `error` (naming the batch that failed) ends the stream. */
export type StreamToParent =
  | { type: 'batch'; id: number; value: SeriesForecast[] }
  | { type: 'global'; id: number; value: GlobalForecast[] }
  | { type: 'error'; id?: number; error: ApiErrorShape };
