/**
 * How long the UI must have had no call in flight before background reads start: the calls of a
 * page being opened come in bursts (its state, its rows, then its summary) with gaps while the page
 * renders, which are shorter than this.
 */
export const UI_QUIET_MS = 2_000;

/**
 * The UI's calls through the handler table (both transports serve it). The Data page's reader
 * starts (unless asked sooner) once the UI has called, has nothing in flight and has been quiet a
 * while: the page the user opened has then had its answers, and the reader's start-up from sources
 * (about a CPU second) never shares the cores with its first reads. The page warm-ups do not wait
 * for it: a user clicking from page to page never leaves the UI quiet that long.
 */
export class UiCalls {
  private inFlight = 0;
  private called = false;
  private quiet = false;
  private timer: NodeJS.Timeout | null = null;
  private waiters: (() => void)[] = [];

  constructor(private readonly quietMs = UI_QUIET_MS) {}

  /** The handler, counted while it runs (until its promise settles, for an async one). */
  tracked<I, O>(handler: (input: I) => O): (input: I) => O {
    return (input) => {
      this.started();
      let result: O;
      try {
        result = handler(input);
      } catch (error) {
        this.ended();
        throw error;
      }
      if (result instanceof Promise) void result.then(() => this.ended(), () => this.ended());
      else this.ended();
      return result;
    };
  }

  /** Resolves once the UI has called, nothing is in flight and the last call ended `quietMs` ago. */
  whenQuiet(): Promise<void> {
    if (this.quiet) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private started(): void {
    this.called = true;
    this.quiet = false;
    this.inFlight++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private ended(): void {
    this.inFlight--;
    if (this.inFlight > 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.quiet = true;
      const waiting = this.waiters;
      this.waiters = [];
      for (const resolve of waiting) resolve();
    }, this.quietMs);
    this.timer.unref();
  }
}
