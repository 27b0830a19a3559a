/**
 * Issue #15's time targets for `forecast --input` with the global model, run as a user runs it
 * (defaults): 2,500 weekly series (the online gift retailer's SKUs with the most revenue, a year
 * of weeks) and 280 daily series of five years (store-item), each within 60 s. Prints wall and CPU
 * seconds (every thread) and peak memory per run, whether the training ran its whole plan or the
 * safety stop cut it (under load the stop fires first, and wall seconds stretch), and the load.
 * Run: npx tsx bench/forecast.bench.ts targets
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyCsv, onlineRetailWeekly, runForecastCli, storeItemDaily, type HoldoutSet } from './retail-sets';

const TARGET_SECONDS = 60;

export async function runTimeTargets(repoRoot: string, dataDir: string): Promise<void> {
  const sets: HoldoutSet[] = [onlineRetailWeekly(dataDir, 8, 2500), await storeItemDaily(dataDir, 280)];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supplydesk-targets-'));
  try {
    console.log(`\nforecast --input with the global model (defaults), target ≤ ${TARGET_SECONDS} s each, on ${os.cpus().length} cores`);
    console.log('set | series × buckets | wall s | CPU-s | peak MB | training | load before → after');
    for (const set of sets) {
      const input = path.join(dir, `${set.frequency}.csv`);
      writeFileSync(input, historyCsv(set));
      const load = os.loadavg()[0]!;
      const started = performance.now();
      const run = runForecastCli(repoRoot, input, path.join(dir, `${set.frequency}-forecast.csv`), set);
      const wall = (performance.now() - started) / 1000;
      const trained = /trained [\d.]+ s, \d+ epochs( \(time budget reached\))?/.exec(run.printed);
      const training = !trained ? 'no global model' : `${trained[0].replace(' (time budget reached)', '')}${trained[1] ? ', cut by the safety stop' : ', whole plan'}`;
      const buckets = Math.max(...set.train.map((s) => s.length));
      const met = wall <= TARGET_SECONDS ? 'met' : 'missed';
      console.log(
        `${set.name} | ${set.skus.length} × ${buckets} | ${wall.toFixed(1)} (${met}) | ${run.cpuSeconds.toFixed(1)} | ${(run.peakBytes / 1024 ** 2).toFixed(0)} | ${training} | ${load.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
