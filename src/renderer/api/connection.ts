/** How the live event stream is doing; the UI shows a banner when it is not 'open'. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'lost';

type Listener = (state: ConnectionState, previous: ConnectionState) => void;

/** A tiny observable for the connection state of one transport. */
export class ConnectionMonitor {
  private state: ConnectionState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ConnectionState) {
    this.state = initial;
  }

  get current(): ConnectionState {
    return this.state;
  }

  set(next: ConnectionState): void {
    if (next === this.state) return;
    const previous = this.state;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when the stream is open, or after `timeoutMs` so start-up never hangs on it. */
  whenOpen(timeoutMs: number): Promise<void> {
    if (this.state === 'open') return Promise.resolve();
    return new Promise((resolve) => {
      const timer = window.setTimeout(done, timeoutMs);
      const unsubscribe = this.subscribe((state) => {
        if (state === 'open') done();
      });
      function done() {
        window.clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  }
}
