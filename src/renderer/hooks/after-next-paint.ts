/**
 * Calls `then` once the browser has painted what the last update rendered: the frame's callback
 * runs before its paint, a task queued from it runs after. Work that would share the cores with
 * the first rows a page shows (a summary's reads) is started from there.
 */
export function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
