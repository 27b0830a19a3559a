/**
 * Watched folders: files landing in them are imported with the saved mapping of their layout,
 * one at a time, once whole and stable; the ledger says what became of each.
 */
export { checkCompleteness, isIgnoredName } from './file-rules';
export { checkWatchableFolder } from './folder-checks';
export { folderView } from './folder-view';
export * as watchLedger from './ledger';
export { scanFolder, type ScanDeps, type ScanOutcome } from './scan-folder';
export type { WatchImporter } from './settle-file';
export { DEFAULT_WATCH_TIMINGS, watchTimingsFromEnv, type WatchTimings } from './timings';
