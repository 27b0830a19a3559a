/**
 * Recommendation: accuracy on real invoices and speed at 500k order lines.
 * Run: npm run bench:recommend   (data: ../shared/data relative to the repo root)
 *
 * (a) The shared UK gift-shop invoices (2009-12 … 2010-11): each recent customer's last invoice is
 *     held out; HitRate@10, Recall@10 and NDCG@10 of the blend against the repeat, item-kNN and
 *     popularity baselines, overall and by past orders; at the end of the file and at three earlier
 *     cut-offs (2010-10-31, 2010-08-31, 2010-06-30: a change must pay on most, not be tuned to one).
 * (b) A seeded synthetic shop of 500,000 order lines, 5,000 customers and 4,000 SKUs: seconds to fit
 *     (validation, models, TensorFlow.js training) and to rank 10 SKUs for every customer.
 * Options: --skip-accuracy, --skip-speed.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBacktest } from '../src/cli/commands/recommend-backtest';
import { dayFromIso } from '../src/core/ground/calendar';
import { backtestLaunches, backtestRecommendations, fitRecommender, type LaunchBacktestResult } from '../src/core/recommend';
import { makeShop } from '../test/fixtures/recommend-shop';
import { readOnlineRetailWithPrices } from './recommend/online-retail';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataFile = path.resolve(repoRoot, '../shared/data/online_retail_2009-12_to_2010-11_lines.csv.gz');
const args = new Set(process.argv.slice(2));

async function accuracy(): Promise<void> {
  if (!existsSync(dataFile)) {
    console.log(`accuracy: skipped, ${path.relative(repoRoot, dataFile)} is missing`);
    return;
  }
  const { lines, items } = readOnlineRetailWithPrices(dataFile);
  console.log(`\n(a) accuracy on ${path.basename(dataFile)}: ${lines.length.toLocaleString('en')} lines (positive quantities, every stock code)`);
  // Four cut-offs, so that a change is judged on most of them rather than tuned to one.
  for (const cutoff of [undefined, '2010-10-31', '2010-08-31', '2010-06-30']) {
    const result = await backtestRecommendations(lines, { topN: 10, cutoffDay: cutoff ? dayFromIso(cutoff) : undefined });
    console.log(`\n— cut-off ${cutoff ?? 'end of file'} —`);
    console.log(formatBacktest(result));
    for (const model of result.models) console.log(`  ${model.name}: ${model.seconds.toFixed(1)} s${model.note ? ` (${model.note})` : ''}`);
  }
  printLaunches('launch targeting on the shared invoices (price band only: the file has no category or brand)', backtestLaunches(lines, items, { top: 100, horizonDays: 60, maxLaunches: 100 }));
  const shop = makeShop({ customers: 2000, skus: 800, lines: 150_000, days: 540, firstDay: dayFromIso('2024-01-01'), seed: 5 });
  printLaunches('launch targeting on a synthetic shop (category, brand, price)', backtestLaunches(shop.lines, shop.items, { top: 100, horizonDays: 60 }));
}

function printLaunches(title: string, r: LaunchBacktestResult): void {
  console.log(`\n— ${title} —`);
  console.log(
    `${r.launches} past launches (${r.withBasis} with earlier launches to learn from), top ${r.top}, ${r.horizonDays} days: ` +
      `audience recall ${r.audienceRecall.toFixed(3)} (most active customers: ${r.activeRecall.toFixed(3)}), precision ${r.audiencePrecision.toFixed(3)}; ` +
      `expected buyers MAE ${r.expectedMae.toFixed(1)}, bias ${r.expectedBias.toFixed(1)}, mean actual ${r.meanActualBuyers.toFixed(1)}`,
  );
}

async function speed(): Promise<void> {
  const built = performance.now();
  const shop = makeShop({ customers: 5000, skus: 4000, lines: 500_000, days: 730, firstDay: dayFromIso('2024-01-01'), seed: 7 });
  const customers = [...new Set(shop.lines.flatMap((l) => (l.customerId ? [l.customerId] : [])))];
  const skus = new Set(shop.lines.map((l) => l.sku)).size;
  console.log(
    `\n(b) speed: synthetic shop of ${shop.lines.length.toLocaleString('en')} lines, ${customers.length.toLocaleString('en')} customers, ` +
      `${skus.toLocaleString('en')} SKUs (made in ${((performance.now() - built) / 1000).toFixed(1)} s)`,
  );
  const fitStarted = performance.now();
  const fitCpu = process.cpuUsage();
  const recommender = await fitRecommender(shop.lines, { seed: 1 });
  const fitSeconds = (performance.now() - fitStarted) / 1000;
  const fitCpuSeconds = cpuSeconds(fitCpu);
  for (const model of recommender.models) console.log(`  ${model.name}: ${model.seconds.toFixed(1)} s${model.note ? ` (${model.note})` : ''}`);
  const rankStarted = performance.now();
  const rankCpu = process.cpuUsage();
  const lists = recommender.recommendAll(customers, 10);
  const rankSeconds = (performance.now() - rankStarted) / 1000;
  const rankCpuSeconds = cpuSeconds(rankCpu);
  let rows = 0;
  for (const list of lists.values()) rows += list.length;
  // CPU seconds beside the wall clock: on a shared machine the wall clock also counts other people's work.
  console.log(`training (fit, all models and validation): ${fitSeconds.toFixed(1)} s, ${fitCpuSeconds.toFixed(1)} CPU s   (target ≤ 60 s)`);
  console.log(`recommendations for every customer: ${rankSeconds.toFixed(1)} s, ${rankCpuSeconds.toFixed(1)} CPU s for ${rows.toLocaleString('en')} rows   (target ≤ 10 s)`);
}

/** User + system CPU seconds of this process since `since` (TensorFlow.js wasm runs on this thread). */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

if (!args.has('--skip-accuracy')) await accuracy();
if (!args.has('--skip-speed')) await speed();
