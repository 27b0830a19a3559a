import type { MessagePort } from 'node:worker_threads';
import { toApiError } from '../../ground/errors/to-api-error';
import { openConnection } from '../../db/connection-policy';
import { lowerThisThreadPriority } from '../../ground/thread-priority';
import type { Db } from '../../db/workspace';
import { inputReadQueries, readQueries, type InputReadQueryName, type ReadQueryName } from './read-queries';

/** A named read, with its input for the reads of one run or plan (`inputReadQueries`). */
export type ReadRequest = { id: number; name: ReadQueryName } | { id: number; name: InputReadQueryName; input: unknown };
export type ReadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReturnType<typeof toApiError> };

/** Where a read worker reads, and whether its work may wait for the threads answering the user. */
export interface ReadServiceInput {
  path: string;
  /** A reader that warms kept results in the background (read-queries.ts: KEPT_PAGE_READS). */
  background?: boolean;
}

/**
 * Runs inside a worker: a read-only connection to the open workspace answering
 * named queries one after another, so the thread serving the UI never waits on them.
 */
export function serveReads(port: MessagePort, { path, background = false }: ReadServiceInput): void {
  if (background) lowerThisThreadPriority();
  const db = openConnection(path, { readonly: true, fileMustExist: true });
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
  // Tells the main side the connection is open (start-up can wait for this).
  port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies ReadReply);
  port.on('message', (request: ReadRequest) => {
    let reply: ReadReply;
    try {
      const value = 'input' in request ? (inputReadQueries[request.name] as (db: Db, input: unknown) => unknown)(db, request.input) : readQueries[request.name](db);
      reply = { id: request.id, ok: true, value };
    } catch (error) {
      reply = { id: request.id, ok: false, error: toApiError(error) };
    }
    port.postMessage(reply);
  });
}
