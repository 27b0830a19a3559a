import type { MessagePort } from 'node:worker_threads';
import { toApiError } from '../../ground/errors/to-api-error';
import { openConnection } from '../../db/connection-policy';
import { lowerThisThreadPriority } from '../../ground/thread-priority';
import type { Db } from '../../db/workspace';
import type { InputReadQueryName, ReaderRole, ReadQueryName } from './read-queries';

/** A named read, with its input for the reads of one run or plan (`inputReadQueries`). */
export type ReadRequest = { id: number; name: ReadQueryName } | { id: number; name: InputReadQueryName; input: unknown };
export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReturnType<typeof toApiError> };

/** Where a read worker reads, which reads it serves, and whether its work may wait for the threads answering the user. */
export interface ReadServiceInput {
  path: string;
  role: ReaderRole;
  /** A reader that warms kept results in the background (read-queries.ts: KeptPage). */
  background?: boolean;
}

type ReaderReads = {
  reads: Readonly<Record<string, (db: Db) => unknown>>;
  inputReads: Readonly<Record<string, (db: Db, input: never) => unknown>>;
};

/**
 * Each reader loads only its own reads' code: the scans' reader never loads the Logistics page's
 * planning, nor the quick reader the Dashboard's figures (from sources, loading every page's code
 * took a reader about a CPU second more to start, while the first page loads).
 */
const READER_MODULES: Record<ReaderRole, () => Promise<ReaderReads>> = {
  scans: () => import('./scan-reads'),
  quick: () => import('./quick-reads'),
  suppliers: () => import('./supplier-reads'),
  logistics: () => import('./logistics-reads'),
  dashboard: () => import('./dashboard-reads'),
};

/**
 * Runs inside a worker: a read-only connection to the open workspace answering
 * named queries one after another, so the thread serving the UI never waits on them.
 */
export async function serveReads(port: MessagePort, { path, role, background = false }: ReadServiceInput): Promise<void> {
  if (background) lowerThisThreadPriority();
  const { reads, inputReads } = await READER_MODULES[role]();
  const db = openConnection(path, { readonly: true, fileMustExist: true });
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  // Tells the main side the connection is open (start-up can wait for this). Requests sent
  // meanwhile wait in the port's queue until the listener below is added.
  port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies ReadReply);
  port.on('message', (request: ReadRequest) => {
    let reply: ReadReply;
    try {
      const read = 'input' in request ? inputReads[request.name] : reads[request.name];
      if (!read) throw new Error(`The ${role} reader does not serve ${request.name}`);
      const value = 'input' in request ? (read as (db: Db, input: unknown) => unknown)(db, request.input) : (read as (db: Db) => unknown)(db);
      reply = { id: request.id, ok: true, value };
    } catch (error) {
      reply = { id: request.id, ok: false, error: toApiError(error) };
    }
    port.postMessage(reply);
  });
}
