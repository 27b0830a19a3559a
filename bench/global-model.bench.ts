/**
 * Global (TensorFlow.js) model benchmark: training speed on 10,000 synthetic series, and accuracy
 * next to the statistical engine on M4 weekly and carparts, and alone on the real retail hold-outs.
 * Run: npx tsx bench/global-model.bench.ts [synthetic|m4|carparts|retail [weekly|daily|store] [events|plain]]
 * (data: ../shared/data)
 * Experiments: GLOBAL_MODEL_OPTIONS='{"hiddenUnits":[256,256]}' overrides training options (JSON).
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCarparts } from './global-model/run-carparts';
import { runM4 } from './global-model/run-m4';
import { runRetail } from './global-model/run-retail';
import { runSynthetic } from './global-model/run-synthetic';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === undefined || only === 'synthetic') await runSynthetic();
  if (only === undefined || only === 'm4' || only === 'carparts' || only === 'retail') {
    if (!existsSync(dataDir)) throw new Error(`benchmark data not found at ${dataDir}`);
    if (only === undefined || only === 'm4') await runM4(dataDir);
    if (only === undefined || only === 'carparts') await runCarparts(dataDir);
    if (only === undefined || only === 'retail') await runRetail(dataDir, process.argv[3], process.argv[4]);
  }
}

await main();
