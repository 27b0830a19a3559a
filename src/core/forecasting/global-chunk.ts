/**
 * What a slice of a streamed run sends to be predicted with the global model elsewhere (a kept
 * worker, see global-spread.ts): types only, so the engine's spread settings can name them.
 */

import type { GlobalForecast, GlobalModelArtefact } from '../forecast/global/types';
import type { ChunkHooks } from '../ground/spread-over-workers';
import type { GlobalRunInputs } from './global-combine';
import type { GlobalSeriesView } from './global-inputs';

/** A stored model, by its id (a worker loads it once and keeps it for the run's later slices). */
export interface GlobalChunkModel {
  id: number;
  artefact: GlobalModelArtefact;
}

/** A slice's series for the global model, with where to read their prices. */
export interface GlobalChunk {
  model: GlobalChunkModel;
  /** The workspace file: the worker reads prices and promotions on a read connection of its own. */
  workspace: string;
  fromDay: number;
  series: GlobalSeriesView[];
  run: GlobalRunInputs;
}

/** How a slice is predicted elsewhere: handed down by the app, which owns the worker threads. */
export type RunGlobalChunk = (chunk: GlobalChunk, hooks: ChunkHooks) => Promise<GlobalForecast[]>;
