/**
 * Forecast engine benchmark: accuracy on M4 weekly and carparts, throughput, and `forecast --input`
 * on real retail hold-outs.
 * Run: npx tsx bench/forecast.bench.ts [m4|m4-pipeline|carparts|speed|analogues|bias [--sets …]|retail [--sets weekly,peak,launches,fall,daily,store,midyear,thinned,stores,sold] [--compare] [CLI flags…]|targets]   (data: ../shared/data relative to the repo root)
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalogueSearch } from './forecast/analogues';
import { runBiasBreakdown } from './forecast/bias-breakdown';
import { runCarparts } from './forecast/carparts';
import { runM4Weekly } from './forecast/m4';
import { runM4Pipeline } from './forecast/m4-pipeline';
import { runRetailHoldout } from './forecast/retail-holdout';
import { runSpeed } from './forecast/speed';
import { runTimeTargets } from './forecast/time-targets';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!existsSync(dataDir)) throw new Error(`benchmark data not found at ${dataDir}`);
  if (only === undefined || only === 'm4') runM4Weekly(dataDir);
  if (only === undefined || only === 'm4' || only === 'm4-pipeline') await runM4Pipeline(dataDir);
  if (only === undefined || only === 'carparts') await runCarparts(dataDir);
  if (only === undefined || only === 'speed') await runSpeed(dataDir);
  if (only === undefined || only === 'analogues') runAnalogueSearch();
  if (only === 'bias') await runBiasBreakdown(dataDir, process.argv.slice(3));
  if (only === undefined || only === 'retail') await runRetailHoldout(repoRoot, dataDir, process.argv.slice(3));
  if (only === 'targets') await runTimeTargets(repoRoot, dataDir);
}

await main();
