/**
 * `forecast --input` on real retail hold-out sets, exactly as a user runs it (defaults, or the
 * flags given after `retail`), scored with WRMSSE, bias, pinball and p10–p90 coverage.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseForecastCsv, scoreHoldout } from './holdout-score';
import { historyCsv, onlineRetailDaily, onlineRetailWeekly, runForecastCli, storeItemDaily, type HoldoutSet } from './retail-sets';

export async function runRetailHoldout(repoRoot: string, dataDir: string, extraArgs: string[]): Promise<void> {
  const sets: HoldoutSet[] = [onlineRetailWeekly(dataDir), onlineRetailDaily(dataDir), await storeItemDaily(dataDir)];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supplydesk-holdout-'));
  try {
    console.log(`\nReal retail hold-outs through forecast --input ${extraArgs.join(' ')}`);
    console.log('set | series | WRMSSE | bias | pinball | p10–p90 coverage | seconds');
    for (const set of sets) {
      const input = path.join(dir, `${set.frequency}-${set.skus.length}.csv`);
      const output = path.join(dir, `${set.frequency}-${set.skus.length}-forecast.csv`);
      writeFileSync(input, historyCsv(set));
      const started = performance.now();
      const text = runForecastCli(repoRoot, input, output, set, extraArgs);
      const seconds = (performance.now() - started) / 1000;
      const score = scoreHoldout(set, parseForecastCsv(set, text));
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      console.log(`${set.name} | ${score.scored} | ${score.wrmsse.toFixed(3)} | ${pct(score.bias)} | ${score.pinball.toFixed(3)} | ${pct(score.coverage)} | ${seconds.toFixed(1)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
