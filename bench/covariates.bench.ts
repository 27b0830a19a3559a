/**
 * Covariates benchmark: on a demo workspace (2,000 SKUs by default, two warehouses, two years of
 * daily sales) or a copy of one (--workspace FILE: left as it was, everything runs in a
 * transaction rolled back at the end), reads the history as a weekly run does and times what
 * the pipeline adds per run for the global model: `readEventSpans` (the calendar over history +
 * horizon) and `buildRunCovariates` (price from revenue ÷ units per bucket, promotion flags,
 * planned promotions over the horizon, one planned promotion per 10 SKUs) — with the prices
 * read from the series store (migration 019) and, for comparison, from sales_daily (the store
 * set aside), checking both give the same covariates. Prints wall and CPU seconds and series per second.
 *
 *   npm run bench:covariates -- [--skus N] [--seed N] [--as-of YYYY-MM-DD] [--frequency day|week|month] [--horizon H] [--workspace FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../src/core/db/workspace';
import { salesRevenuePending } from '../src/core/db/sales-series/revenue-store';
import { markSalesSeriesStale, salesSeriesComplete } from '../src/core/db/sales-series/store';
import { buildRunCovariates, type SeriesCovariates } from '../src/core/forecasting/covariates';
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
const existing = option('workspace', '');

/** Wall milliseconds and CPU seconds of `work`. */
function measured<T>(work: () => T): { value: T; ms: number; cpu: number } {
  const cpu = process.cpuUsage();
  const { value, ms } = time(work);
  const used = process.cpuUsage(cpu);
  return { value, ms, cpu: (used.user + used.system) / 1e6 };
}

const printed = (covariates: SeriesCovariates[]) => covariates.map((c) => `${c.price ? c.price.join(',') : 'null'}|${c.promo.join(',')}`).join('\n');

const dir = existing ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-bench-'));
const file = existing || path.join(dir!, 'demo.supplydesk');
try {
  if (existing) console.log(`Covariates benchmark: ${path.basename(file)}, ${frequency}ly, horizon ${horizon}`);
  else {
    const built = buildDemoWorkspace(file, { name: 'Covariates bench', skus, seed, asOf });
    console.log(`Covariates benchmark: demo of ${skus.toLocaleString('en')} SKUs, seed ${seed}, as of ${asOf}, ${frequency}ly, horizon ${horizon} (demo built in ${fmt(built.ms)})`);
  }
  const workspace = openWorkspace(file);
  const db = workspace.db;
  db.exec('BEGIN');
  try {
    const products = readProducts(db);
    const ids = [...products.keys()];
    for (let i = 0; i < ids.length; i += 10) addPlannedPromotion(db, { productId: ids[i]!, from: '2026-07-10', to: '2026-07-20', promo: true, discountPct: 20 });
    if (!salesSeriesComplete(db) || salesRevenuePending(db)) console.log('  (the series store is not complete, or its revenue not filled yet: both reads below go to sales_daily)');
    const history = measured(() => readHistory(db, products, { frequency, locations: 'each' }));
    const last = history.value.grid.futureEndDay(horizon);
    const spans = time(() => readEventSpans(db, history.value.fromDay, last));
    const stored = measured(() => buildRunCovariates(db, history.value, horizon, products));
    markSalesSeriesStale(db);
    const rows = measured(() => buildRunCovariates(db, history.value, horizon, products));
    const series = history.value.series.length;
    const priced = stored.value.filter((c) => c.price !== null).length;
    const promoted = stored.value.filter((c) => c.promo.subarray(c.promo.length - horizon).some((p) => p === 1)).length;
    const line = (m: { ms: number; cpu: number }) => `${fmt(m.ms)}, ${m.cpu.toFixed(2)} cpu s (${Math.round(series / (m.ms / 1000)).toLocaleString('en')} series/s)`;
    console.log(`  history read                      ${fmt(history.ms)}, ${history.cpu.toFixed(2)} cpu s (${series.toLocaleString('en')} series; for reference, not part of the covariates)`);
    console.log(`  readEventSpans                    ${fmt(spans.ms)} (${spans.value.length} spans)`);
    console.log(`  buildRunCovariates, series store  ${line(stored)}; ${priced.toLocaleString('en')} with a price, ${promoted.toLocaleString('en')} with a planned promotion`);
    console.log(`  buildRunCovariates, sales_daily   ${line(rows)}`);
    console.log(`  same covariates both ways: ${printed(stored.value) === printed(rows.value) ? 'yes' : 'NO'}`);
  } finally {
    db.exec('ROLLBACK');
    workspace.close();
  }
} finally {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
