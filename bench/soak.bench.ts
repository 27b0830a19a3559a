/**
 * The writers soak (see bench/soak/soak.ts): SIGKILLs of real CLI processes across import,
 * forecast, plan approval and refresh, and concurrent writer pairs (import + refresh,
 * import + import, approve + refresh). Target: 0 corrupt, 0 partial, 0 "locked" failures.
 *
 *   npm run bench:soak -- [--kills 2000] [--pairs 200] [--skus 40] [--import-skus 500]
 *                         [--concurrency 2] [--max-minutes 150] [--seed N] [--cli bundle|tsx] [--keep]
 *
 * Stops by itself: after the counts, or at --max-minutes (then it says so). Exit 1 on any problem.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSoak } from './soak/soak';
import { option } from './kit';

const cli = option('cli', 'bundle');
if (cli !== 'bundle' && cli !== 'tsx') throw new Error(`--cli must be bundle or tsx, not ${cli}`);
const options = {
  kills: Number(option('kills', '2000')),
  pairs: Number(option('pairs', '200')),
  skus: Number(option('skus', '40')),
  importSkus: Number(option('import-skus', '500')),
  concurrency: Number(option('concurrency', '2')),
  maxMinutes: Number(option('max-minutes', '150')),
  seed: Number(option('seed', String(Date.now() % 1_000_000))),
  cli: cli as 'bundle' | 'tsx',
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-soak-'));
console.log(`writers soak: ${options.kills} kills, ${options.pairs} pairs, seed ${options.seed} (rerun with --seed ${options.seed}), in ${dir}`);
try {
  const counts = await runSoak({ ...options, dir, log: (line) => console.log(line) });
  console.log('');
  console.log(`kills            ${counts.kills} (left as before ${counts.killsLeftBefore}, as after ${counts.killsLeftAfter}; ${counts.finishedBeforeKill} finished before their kill)`);
  console.log(`pairs            ${counts.pairs} (${counts.waited} runs found the workspace being written and waited)`);
  console.log(`corrupt          ${counts.corrupt}`);
  console.log(`partial          ${counts.partial}`);
  console.log(`locked failures  ${counts.locked}`);
  console.log(`other failures   ${counts.otherFailures}`);
  console.log(`time             ${counts.seconds.toFixed(0)} s${counts.stoppedEarly ? ` (stopped at --max-minutes ${options.maxMinutes})` : ''}`);
  for (const problem of counts.problems) console.log(`  ${problem}`);
  process.exitCode = counts.corrupt + counts.partial + counts.locked + counts.otherFailures > 0 ? 1 : 0;
} finally {
  if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
