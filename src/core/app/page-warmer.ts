/**
 * How long after the trigger the warm-up starts: the page being opened asks first, and a burst of
 * jobs (a plan, then the alerts check it starts) warms once.
 */
export const PAGE_WARM_DELAY_MS = 2_000;

/**
 * The smallest workspace file worth warming (about 1,500 SKUs of demo history): below it the
 * Suppliers, Logistics and Dashboard pages read in a fraction of a second, and warming would only
 * spend the laptop's CPU and three readers' memory after every open and every job.
 */
export const PAGE_WARM_MIN_BYTES = 64 * 1024 * 1024;

export function worthWarming(fileBytes: number): boolean {
  return fileBytes >= PAGE_WARM_MIN_BYTES;
}

/**
 * Warms the kept pages' reads (read-queries.ts: WARM_QUERIES) after the workspace opened or a
 * job wrote, so the Suppliers, Logistics and Dashboard pages' first visit finds them ready. It starts only when
 * no writer runs or waits: the newest plan's logistics are kept per data version, so a write just
 * after would make them stale again. A request made while one waits replaces it.
 */
export class PageWarmer {
  private timer: NodeJS.Timeout | null = null;
  private generation = 0;

  constructor(
    private readonly warm: () => Promise<unknown>,
    private readonly writersIdle: () => Promise<void>,
    private readonly delayMs = PAGE_WARM_DELAY_MS,
  ) {}

  request(): void {
    const generation = this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writersIdle()
        .then(() => (generation === this.generation ? this.warm() : undefined))
        .catch(() => {
          // A warm-up that failed leaves the page to read as it would have: its own read reports the error.
        });
    }, this.delayMs);
    this.timer.unref();
  }

  /** Forget a warm-up not started yet (the workspace closes or a newer request comes); returns the new generation. */
  cancel(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return ++this.generation;
  }
}
