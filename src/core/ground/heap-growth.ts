import v8 from 'node:v8';

/**
 * How far past its live data a V8 heap may grow before the next full collection, in percent.
 * V8's own factor runs up to 4× the live heap when the thread allocates fast and a core is free
 * (a quiet machine), which is when a 50,000-SKU forecast run's threads peaked highest; 1.5×
 * keeps the headroom for garbage proportional to what is really kept, so a bigger workspace
 * gets a bigger heap, never a crash at a fixed cap, for a few more collections.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Bounds every isolate of this process (the main thread's and each worker's, flags are
 * process-wide) to HEAP_GROWING_PERCENT of growth. Called once by a process that runs long
 * jobs before it starts them; V8 reads the figure each time it sets a heap's next limit.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
