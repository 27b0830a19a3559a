/** How often a watched folder is scanned without events, and how long a file must hold still before it is read. */
export interface WatchTimings {
  scanIntervalMs: number;
  stableMs: number;
}

export const DEFAULT_WATCH_TIMINGS: WatchTimings = { scanIntervalMs: 30_000, stableMs: 2_000 };

/**
 * The defaults suit exports landing on a laptop; tests shorten them with
 * SUPPLYDESK_WATCH_SCAN_MS and SUPPLYDESK_WATCH_STABLE_MS.
 */
export function watchTimingsFromEnv(env: NodeJS.ProcessEnv = process.env): WatchTimings {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value >= 50 ? value : fallback;
  };
  return {
    scanIntervalMs: read('SUPPLYDESK_WATCH_SCAN_MS', DEFAULT_WATCH_TIMINGS.scanIntervalMs),
    stableMs: read('SUPPLYDESK_WATCH_STABLE_MS', DEFAULT_WATCH_TIMINGS.stableMs),
  };
}
