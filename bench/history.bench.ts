/**
 * Reading history, before and after the series store (migration 015): on a demo workspace (or
 * --workspace FILE), each step in its own process so its peak memory is its own:
 *   rows   — a weekly run's history read straight from sales_daily (the store set aside), and the
 *            same sales read by alerts' season-ahead and the key figures' SKU weeks;
 *   build  — building the store from sales_daily (once per workspace; a run's first read does it);
 *   store  — the same reads from the store.
 *
 *   npm run bench:history -- [--skus 10000] [--seed 42] [--workspace FILE] [--keep]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openWorkspace } from '../src/core/db/workspace';
import { ensureSalesSeries, markSalesSeriesStale } from '../src/core/db/sales-series/store';
import { dayFromIso } from '../src/core/ground/calendar';
import { readHistory } from '../src/core/forecasting/history';
import { readProducts } from '../src/core/forecasting/products';
import { readLastYearAhead } from '../src/core/monitoring/alerts/season-ahead';
import { readSkuWeeks } from '../src/core/monitoring/key-figures/sku-weeks';
import { dataToday, WeekGrid } from '../src/core/monitoring/key-figures/week-grid';
import { buildDemoWorkspace, flag, option } from './kit';

const phase = option('phase', '');
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function reads(db: Database.Database, label: string): void {
  const base = rssMb();
  let started = performance.now();
  const cpu = cpuSeconds();
  const history = readHistory(db, readProducts(db), { frequency: 'week', locations: 'each' });
  const historySeconds = seconds(started);
  const historyCpu = (cpuSeconds() - cpu).toFixed(2);
  const historyRss = rssMb();
  const series = history.series.map((s) => ({ productId: s.productId, locationId: s.locationId }));
  const today = dataToday(db) ?? '2026-06-30';
  started = performance.now();
  readLastYearAhead(db, dayFromIso(today), series);
  const seasonSeconds = seconds(started);
  started = performance.now();
  readSkuWeeks(db, new WeekGrid(today));
  const weeksSeconds = seconds(started);
  console.log(
    `  ${label.padEnd(6)} history ${historySeconds.padStart(7)} s, ${historyCpu} cpu s (${history.series.length.toLocaleString('en')} series, peak RSS ${historyRss} MB from ${base} MB)` +
      ` · season-ahead ${seasonSeconds} s · key-figure weeks ${weeksSeconds} s`,
  );
}

function runPhase(file: string): void {
  const db = openWorkspace(file).db;
  if (phase === 'rows') {
    // Set the store aside in a transaction that is rolled back: the file stays as it was.
    db.exec('BEGIN');
    markSalesSeriesStale(db);
    reads(db, 'rows');
    db.exec('ROLLBACK');
  } else if (phase === 'build') {
    db.transaction(() => markSalesSeriesStale(db))();
    const started = performance.now();
    ensureSalesSeries(db);
    const bytes = db.prepare('SELECT total(length(data)) FROM sales_series').pluck().get() as number;
    const count = db.prepare('SELECT count(*) FROM sales_series').pluck().get() as number;
    console.log(`  build  ${seconds(started).padStart(7)} s: ${count.toLocaleString('en')} series, ${(bytes / 1e6).toFixed(0)} MB of BLOBs (peak RSS ${rssMb()} MB)`);
  } else {
    reads(db, 'store');
  }
  db.close();
}

if (phase) {
  runPhase(option('workspace', ''));
} else {
  const existing = option('workspace', '');
  const dir = existing ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-history-'));
  const file = existing ? path.resolve(existing) : path.join(dir as string, 'demo.supplydesk');
  if (!existing) {
    const skus = Number(option('skus', '10000'));
    const { ms } = buildDemoWorkspace(file, { name: 'History bench', skus, seed: Number(option('seed', '42')), asOf: '2026-06-30' });
    console.log(`History read benchmark: demo of ${skus.toLocaleString('en')} SKUs built in ${(ms / 1000).toFixed(1)} s`);
  } else console.log(`History read benchmark on ${file}`);
  const db = openWorkspace(file).db;
  const rows = db.prepare('SELECT count(*) FROM sales_daily').pluck().get() as number;
  db.close();
  console.log(`  ${rows.toLocaleString('en')} rows of daily sales, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
  for (const step of ['rows', 'build', 'store']) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--phase', step, '--workspace', file], { stdio: 'inherit' });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  if (dir && !flag('keep')) fs.rmSync(dir, { recursive: true, force: true });
}
