/**
 * Covariates benchmark: on a demo workspace (2,000 SKUs by default, two warehouses, two years of
 * daily sales), reads the history as a weekly run does and times what the pipeline adds per run
 * for the global model: `readEventSpans` (the calendar over history + horizon) and
 * `buildRunCovariates` (price from revenue ÷ units per bucket, promotion flags, planned
 * promotions over the horizon, one planned promotion per 10 SKUs). Prints milliseconds and series per second.
 *
 *   npx tsx bench/covariates.bench.ts [--skus N] [--seed N] [--as-of YYYY-MM-DD] [--frequency day|week|month] [--horizon H]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../src/core/db/workspace';
import { buildRunCovariates } from '../src/core/forecasting/covariates';
import { readEventSpans } from '../src/core/forecasting/event-spans';
import { readHistory } from '../src/core/forecasting/history';
import { addPlannedPromotion } from '../src/core/forecasting/planned-promotions';
import { readProducts } from '../src/core/forecasting/products';
import type { Frequency } from '../src/core/forecasting/types';
import { buildDemoWorkspace, fmt, option, time } from './kit';

const skus = Number(option('skus', '2000'));
const seed = Number(option('seed', '42'));
const asOf = option('as-of', '2026-06-30');
const frequency = option('frequency', 'week') as Frequency;
const horizon = Number(option('horizon', frequency === 'week' ? '26' : frequency === 'day' ? '182' : '6'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-bench-'));
const file = path.join(dir, 'demo.supplydesk');
try {
  const built = buildDemoWorkspace(file, { name: 'Covariates bench', skus, seed, asOf });
  console.log(`Covariates benchmark: demo of ${skus.toLocaleString('en')} SKUs, seed ${seed}, as of ${asOf}, ${frequency}ly, horizon ${horizon} (demo built in ${fmt(built.ms)})`);
  const workspace = openWorkspace(file);
  const db = workspace.db;
  const products = readProducts(db);
  const ids = [...products.keys()];
  db.transaction(() => {
    for (let i = 0; i < ids.length; i += 10) addPlannedPromotion(db, { productId: ids[i]!, from: '2026-07-10', to: '2026-07-20', promo: true, discountPct: 20 });
  })();
  const history = time(() => readHistory(db, products, { frequency, locations: 'each' }));
  const last = history.value.grid.futureEndDay(horizon);
  const spans = time(() => readEventSpans(db, history.value.fromDay, last));
  const covariates = time(() => buildRunCovariates(db, history.value, horizon, products));
  const series = history.value.series.length;
  const priced = covariates.value.filter((c) => c.price !== null).length;
  const promoted = covariates.value.filter((c) => c.promo.subarray(c.promo.length - horizon).some((p) => p === 1)).length;
  console.log(`  history read        ${fmt(history.ms)} (${series.toLocaleString('en')} series; for reference, not part of the covariates)`);
  console.log(`  readEventSpans      ${fmt(spans.ms)} (${spans.value.length} spans)`);
  console.log(`  buildRunCovariates  ${fmt(covariates.ms)} (${Math.round(series / (covariates.ms / 1000)).toLocaleString('en')} series/s; ${priced.toLocaleString('en')} with a price, ${promoted.toLocaleString('en')} with a planned promotion)`);
  workspace.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
