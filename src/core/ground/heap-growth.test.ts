import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('./heap-growth.ts', import.meta.url).href;

/**
 * In a child process (the flag is process-wide): keeps about 160 MB live while data that lives a
 * while and then dies passes through the old generation, and prints the heap's peak size over
 * what is live at the end (after a full collection). Marking is done in one pause at the limit,
 * so a busy machine (marking that lags behind the allocation) does not move the figure.
 */
function peakOverLive(bound: boolean): number {
  const source = `
    import v8 from 'node:v8';
    import { boundHeapGrowth } from ${JSON.stringify(moduleUrl)};
    if (${bound}) boundHeapGrowth();
    const live = [];
    for (let i = 0; i < 30; i++) live.push(Array.from({ length: 1e5 }, (_, j) => ({ j })));
    const recent = new Array(16);
    let peak = 0;
    for (let r = 0; r < 300; r++) {
      recent[r % 16] = Array.from({ length: 5e4 }, (_, j) => ({ j, r }));
      peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
    }
    globalThis.gc();
    console.log(peak / v8.getHeapStatistics().used_heap_size);
  `;
  const child = spawnSync(process.execPath, ['--expose-gc', '--no-incremental-marking', '--no-concurrent-marking', '--import', 'tsx', '--input-type=module', '-e', source], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
}

describe('boundHeapGrowth', () => {
  it('keeps the heap within half again its live data plus the young generation (V8 alone let it reach 4.5× here)', () => {
    expect(peakOverLive(true)).toBeLessThan(2.5);
  }, 120_000);
});
