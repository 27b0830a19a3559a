import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JobRunner, type JobFinished } from './runner';

/** Worker scripts that never answer as a task would: one ignores the cancel, one dies. */
const folders: string[] = [];
function workerScript(body: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  folders.push(folder);
  const file = path.join(folder, 'worker.mjs');
  fs.writeFileSync(file, body);
  return file;
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function runnerWith(body: string) {
  const events: string[] = [];
  const runner = new JobRunner({
    workerEntry: workerScript(body),
    onFinished: (finished: JobFinished) => events.push(`finished ${finished.status}`),
  });
  return { runner, events };
}

describe('JobRunner when a worker never answers', () => {
  it('stops a worker that ignores the cancel, cleans up after it, then reports it cancelled', async () => {
    const { runner, events } = runnerWith('setInterval(() => {}, 1000);');
    const { jobId, done } = runner.start('demo', {}, { afterHardStop: () => events.push('cleaned up') });
    runner.cancel(jobId);
    await expect(done).rejects.toMatchObject({ code: 'job_cancelled' });
    expect(events).toEqual(['cleaned up', 'finished cancelled']);
  }, 20_000);

  it('cleans up after a worker that died, and reports it failed', async () => {
    const { runner, events } = runnerWith('process.exit(3);');
    const { done } = runner.start('demo', {}, { afterHardStop: () => events.push('cleaned up') });
    await expect(done).rejects.toMatchObject({ code: 'job_failed' });
    expect(events).toEqual(['cleaned up', 'finished failed']);
  });

  it('does not clean up after a worker that answered', async () => {
    const { runner, events } = runnerWith(
      "import { parentPort } from 'node:worker_threads'; parentPort.postMessage({ type: 'result', value: 1 });",
    );
    const { done } = runner.start('demo', {}, { afterHardStop: () => events.push('cleaned up') });
    await expect(done).resolves.toBe(1);
    // The worker is stopped after its answer; its exit comes a moment later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toEqual(['finished done']);
  });
});
