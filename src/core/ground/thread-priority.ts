import os from 'node:os';
import { isMainThread } from 'node:worker_threads';

/**
 * Background work (the whole-file check, warming the pages' kept reads) gives the CPU to the
 * threads that answer the user. Linux keeps a nice value per thread, so a worker can lower its
 * own; elsewhere the same call would lower the whole app, so it is left at the usual priority.
 */
export const BACKGROUND_NICENESS = 10;

/** Lower the calling worker thread's priority (Linux only; never the app's main thread). */
export function lowerThisThreadPriority(niceness = BACKGROUND_NICENESS): boolean {
  if (isMainThread || process.platform !== 'linux') return false;
  try {
    os.setPriority(niceness);
    return true;
  } catch {
    return false;
  }
}

/**
 * The same for workers evaluated from plain CommonJS source (integrity-worker.ts), which cannot
 * import this module: a statement to put at the top of that source.
 */
export function lowerThreadPrioritySource(niceness = BACKGROUND_NICENESS): string {
  return `if (process.platform === 'linux') { try { require('node:os').setPriority(${niceness}); } catch {} }`;
}
