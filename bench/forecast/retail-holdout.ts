/**
 * `forecast --input` on real retail hold-out sets, exactly as a user runs it (defaults, or the
 * flags given after `retail`), scored with WRMSSE, bias, pinball and p10–p90 coverage.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseForecastCsv, scoreHoldout } from './holdout-score';
import { historyCsv, onlineRetailDaily, onlineRetailWeekly, runForecastCli, storeItemDaily, type HoldoutSet } from './retail-sets';

const SET_NAMES = ['weekly', 'daily', 'store'] as const;

/** `--sets weekly,daily,store` (bench-only, default all) picks the hold-outs; other flags go to the CLI. */
export async function runRetailHoldout(repoRoot: string, dataDir: string, args: string[]): Promise<void> {
  const at = args.indexOf('--sets');
  const wanted = at >= 0 ? (args[at + 1] ?? '').split(',') : [...SET_NAMES];
  const extraArgs = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const sets: HoldoutSet[] = [];
  if (wanted.includes('weekly')) sets.push(onlineRetailWeekly(dataDir));
  if (wanted.includes('daily')) sets.push(onlineRetailDaily(dataDir));
  if (wanted.includes('store')) sets.push(await storeItemDaily(dataDir));
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
