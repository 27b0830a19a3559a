import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak/soak';

/**
 * The short writers soak for CI (the long one is `npm run bench:soak`): a few SIGKILLs of each
 * writing command and a few concurrent writer pairs, as real CLI processes. Nothing corrupt, no
 * half-written workspace, no run failing because another was writing.
 */
describe('writers soak (short)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-soak-ci-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('kills and concurrent pairs: 0 corrupt, 0 partial, 0 locked failures', async () => {
    const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
    const lines: string[] = [];
    const counts = await runSoak({
      kills: Number(process.env.SOAK_KILLS ?? 4),
      pairs: Number(process.env.SOAK_PAIRS ?? 3),
      skus: 20,
      importSkus: 150,
      concurrency: 2,
      maxMinutes: 4,
      seed,
      cli: 'bundle',
      completeRuns: 1,
      dir,
      log: (line) => lines.push(line),
    });
    const report = `seed ${seed} (rerun with SOAK_SEED=${seed}):\n${lines.join('\n')}\n${counts.problems.join('\n')}`;
    console.log(report);
    expect(counts.corrupt, report).toBe(0);
    expect(counts.partial, report).toBe(0);
    expect(counts.locked, report).toBe(0);
    expect(counts.otherFailures, report).toBe(0);
    expect(counts.stoppedEarly, report).toBe(false);
    expect(counts.pairs).toBe(3);
    // Runs that finish before their kill time are drawn again, up to twice the target.
    expect(counts.kills).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
