import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KeptChunkWorkers } from './chunk-stream';
import { sourceChunkWorkerEntry } from './tasks/forecast-chunk-task';

/** The process's threads, as the kernel counts them (Linux only). */
function threads(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]);
}

describe('kept chunk workers', () => {
  // The caller frees their memory before its next step (the CLI's alerts check after a run): their threads must be gone, not just told to end.
  it.runIf(process.platform === 'linux')('are gone once close() resolves', async () => {
    const kept = new KeptChunkWorkers(2);
    const before = threads();
    kept.warm(sourceChunkWorkerEntry);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = threads();
    expect(started).toBeGreaterThanOrEqual(before + 2);
    await kept.close();
    expect(threads()).toBeLessThanOrEqual(started - 2);
  }, 60_000);
});
