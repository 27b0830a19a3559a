/**
 * Reads asked for before the code that shows them has loaded: at start-up and on a click in the
 * menu, the page's first requests go out at once (route-prefetch.ts) instead of one after another
 * as each component mounts. The component then takes the answer already on its way. An answer is
 * taken once and only while fresh, so a later visit or a reload always asks the back end again.
 */

/** Older than this, a prefetched answer is dropped and the reader asks again. */
export const PREFETCH_FRESH_MS = 10_000;

const waiting = new Map<string, { at: number; promise: Promise<unknown> }>();

/** One key per channel and input: the same input in any key order gives the same key. */
export function prefetchKey(channel: string, input?: unknown): string {
  return input === undefined ? channel : `${channel} ${stableJson(input)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Starts `load` now unless the same read is already on its way; its answer waits for `takePrefetched`. */
export function prefetch<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const kept = waiting.get(key);
  if (kept && now - kept.at < PREFETCH_FRESH_MS) return kept.promise as Promise<T>;
  const promise = load();
  // A failed prefetch is not an error of its own: the reader that takes it sees the failure.
  promise.catch(() => undefined);
  waiting.set(key, { at: now, promise });
  return promise;
}

/** The prefetched answer for `key` if one is fresh (taken: the next call loads), else `load()`. */
export function takePrefetched<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const kept = waiting.get(key);
  waiting.delete(key);
  if (kept && now - kept.at < PREFETCH_FRESH_MS) return kept.promise as Promise<T>;
  return load();
}

/** Drops every waiting answer: the data changed under them (a write, another workspace). */
export function dropPrefetched(): void {
  waiting.clear();
}
