/**
 * Global (TensorFlow.js) model benchmark: training speed on 10,000 synthetic series, and accuracy
 * next to the statistical engine on M4 weekly and carparts.
 * Run: npx tsx bench/global-model.bench.ts [synthetic|m4|carparts]   (data: ../shared/data)
 * Experiments: GLOBAL_MODEL_OPTIONS='{"hiddenUnits":[256,256]}' overrides training options (JSON).
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCarparts } from './global-model/run-carparts';
import { runM4 } from './global-model/run-m4';
import { runSynthetic } from './global-model/run-synthetic';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === undefined || only === 'synthetic') await runSynthetic();
  if (only === undefined || only === 'm4' || only === 'carparts') {
    if (!existsSync(dataDir)) throw new Error(`benchmark data not found at ${dataDir}`);
    if (only !== 'carparts') await runM4(dataDir);
    if (only !== 'm4') await runCarparts(dataDir);
  }
}

await main();
