import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { nativeBindingPath } from '../db/native-binding';
import { lowerThreadPrioritySource } from '../ground/thread-priority';

/**
 * The full integrity check reads every page: seconds on a large workspace (4.4 s at 3,000 SKUs,
 * 89 MB). It runs on its own read-only connection in a worker thread, so the thread serving the
 * UI keeps answering. Plain CommonJS evaluated in the worker: no build step or entry file needed.
 */
const workerSource = (background: boolean) => `
${background ? lowerThreadPrioritySource(BACKGROUND_CHECK_NICENESS) : ''}
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.binding ? { nativeBinding: workerData.binding } : {}) });
  const lines = db.pragma(workerData.pragma + '(100)').map((row) => Object.values(row)[0]);
  parentPort.postMessage(lines.length === 1 && lines[0] === 'ok' ? [] : lines);
} catch (error) {
  parentPort.postMessage([String(error && error.message ? error.message : error)]);
} finally {
  if (db) db.close();
}
`;

/**
 * `full` is SQLite's integrity check (every page, index contents too: Settings → Check for damage);
 * `pages` its quick check (every page, not index contents: seven times faster, what a large
 * workspace gets in the background after it opened).
 */
export type FileCheck = 'full' | 'pages';

/**
 * The check nobody waits for (a large workspace's, after it opened) takes the CPU only when the
 * threads answering the user and the pages' warm-ups (thread-priority.ts) leave it some.
 */
const BACKGROUND_CHECK_NICENESS = 19;

/** `background`: nobody waits for the answer, so the worker runs at the lowest priority (Linux). */
export function checkFileInWorker(file: string, check: FileCheck = 'full', priority: 'user' | 'background' = 'user'): Promise<string[]> {
  const modulePath = createRequire(import.meta.url).resolve('better-sqlite3');
  const pragma = check === 'full' ? 'integrity_check' : 'quick_check';
  const worker = new Worker(workerSource(priority === 'background'), { eval: true, workerData: { file, modulePath, binding: nativeBindingPath(), pragma } });
  return new Promise((resolve, reject) => {
    worker.once('message', (problems: string[]) => {
      resolve(problems);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The integrity check stopped unexpectedly (exit ${code})`));
    });
  });
}
