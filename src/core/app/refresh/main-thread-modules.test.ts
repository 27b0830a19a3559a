import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/** Whether importing `module` (from the repository root) in a fresh process loads tfjs (its engine global). */
async function loadsTensorflow(module: string): Promise<boolean> {
  const script = `await import(${JSON.stringify(module)}); process.stdout.write(String('_tfengine' in globalThis));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot });
  return stdout.trim() === 'true';
}

// The refresh's own thread reads, combines and writes; only its workers predict or train. Loading
// tfjs there cost it about 0.65 CPU-s at every refresh.
describe('the refresh thread loads no tfjs', () => {
  it('importing the refresh does not evaluate tfjs', async () => {
    expect(await loadsTensorflow('./src/core/app/refresh/index.ts')).toBe(false);
  }, 60_000);

  it('importing the predictor does (so the check can tell)', async () => {
    expect(await loadsTensorflow('./src/core/forecast/global/predict.ts')).toBe(true);
  }, 60_000);
});
