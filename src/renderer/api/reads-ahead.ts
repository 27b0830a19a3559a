/**
 * Reads asked for before the code that shows them has loaded: a page's first reads go out as soon
 * as the page is known (start-up, a click in the menu), while its code loads and renders, instead
 * of one after another as its components mount. The component's own first call takes the answer
 * on its way. An answer is taken once and only while fresh, so a later visit or a reload asks the
 * back end again; every answer waiting is dropped when the data may have changed (a job finished,
 * another workspace).
 */

/** Older than this, an answer asked ahead is not used: the page asks again. */
export const READ_AHEAD_FRESH_MS = 15_000;

const waiting = new Map<string, { at: number; answer: Promise<unknown> }>();

/** Asks now (an answer still waiting under `key` is replaced: it may predate a write); the answer waits for `takeReadAhead`. */
export function readAhead<T>(key: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const answer = read();
  // A failed read ahead is no error of its own: the page that takes it sees the failure.
  answer.catch(() => undefined);
  waiting.set(key, { at: now, answer });
  return answer;
}

/** The answer asked ahead under `key` while fresh (taken: the next call reads again), else `read()`. */
export function takeReadAhead<T>(key: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const kept = waiting.get(key);
  waiting.delete(key);
  return kept && now - kept.at < READ_AHEAD_FRESH_MS ? (kept.answer as Promise<T>) : read();
}

/** Drops every answer waiting: the data behind them may have changed. */
export function dropReadsAhead(): void {
  waiting.clear();
}
