/**
 * Real retail hold-out sets built from ../shared/data, shaped like the sets SupplyDesk is judged
 * on: daily item-store series with a 28-day horizon (M5's setting), and weekly SKU series whose
 * last 13 weeks run up to the year-end peak. History goes to the CLI as `sku,date,qty` rows; the
 * held-out buckets stay here to score what comes back.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';
import { seededRandom } from '../../src/core/ground/random';

export interface HoldoutSet {
  name: string;
  frequency: 'day' | 'week';
  horizon: number;
  skus: string[];
  /** Per SKU: training buckets, oldest → newest, all ending on `lastDay`. */
  train: Float64Array[];
  /** Per SKU: the `horizon` held-out buckets. */
  actual: Float64Array[];
  /** Per SKU: WRMSSE weight (share of revenue, or of units, over the last `horizon` training buckets); sums to 1. */
  weight: Float64Array;
  /** Day number of the last training bucket (a week is dated by its last day). */
  lastDay: number;
  /** Days per bucket. */
  step: number;
}

/** `sku,date,qty` lines for the CLI: one row per bucket with demand (other buckets are zero demand), and each series' first and last. */
export function historyCsv(set: HoldoutSet): string {
  const lines = ['sku,date,qty'];
  set.skus.forEach((sku, s) => {
    const train = set.train[s]!;
    for (let t = 0; t < train.length; t++) {
      const qty = train[t]!;
      // Keep the series' first and last buckets even at zero: the file's last date is the origin,
      // and a shop closed on the set's last day (online retail on a Saturday) would otherwise be
      // forecast from the day before, scored a day out of step. (A zero first bucket is written as a
      // listing export writes it; the CLI starts the series at its first sale all the same.)
      if (qty === 0 && t > 0 && t < train.length - 1) continue;
      lines.push(`${sku},${isoFromDay(set.lastDay - (train.length - 1 - t) * set.step)},${qty}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

export function weights(values: Float64Array[], horizon: number, price?: Float64Array): Float64Array {
  const w = Float64Array.from(values, (v, i) => {
    let sum = 0;
    for (let t = Math.max(0, v.length - horizon); t < v.length; t++) sum += v[t]!;
    return sum * (price ? price[i]! : 1);
  });
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (total > 0 ? x / total : 1 / w.length));
}

/**
 * Kaggle's store-item demand: 50 items × 10 stores, daily 2013–2017. `count` series (items 1…,
 * all stores), the last 28 days of 2017 held out.
 */
export async function storeItemDaily(dataDir: string, count = 280): Promise<HoldoutSet> {
  const { series, firstDay, lastDay } = await readStoreItemDays(dataDir, Math.ceil(count / 10));
  const horizon = 28;
  const skus = [...series.keys()].sort().slice(0, count);
  const cut = lastDay - horizon;
  const length = cut - firstDay + 1;
  const train = skus.map((sku) => Float64Array.from({ length }, (_, t) => series.get(sku)!.get(firstDay + t) ?? 0));
  const actual = skus.map((sku) => Float64Array.from({ length: horizon }, (_, t) => series.get(sku)!.get(cut + 1 + t) ?? 0));
  return { name: `store-item daily (${skus.length} series, h=28)`, frequency: 'day', horizon, skus, train, actual, weight: weights(train, horizon), lastDay: cut, step: 1 };
}

/** Store-item daily sales of items 1…`items` (every store), keyed `I01-S01`: day → units, with the data's first and last day. */
export async function readStoreItemDays(dataDir: string, items: number): Promise<{ series: Map<string, Map<number, number>>; firstDay: number; lastDay: number }> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(dataDir, 'store_item_demand.zip')));
  const text = await zip.file('train.csv')!.async('string');
  const series = new Map<string, Map<number, number>>();
  let lastDay = -Infinity;
  let firstDay = Infinity;
  for (const line of text.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const [date = '', store = '', item = '', sales = ''] = line.trim().split(',');
    if (Number(item) > items) continue;
    const key = `I${item.padStart(2, '0')}-S${store.padStart(2, '0')}`;
    const day = dayFromIso(date);
    lastDay = Math.max(lastDay, day);
    firstDay = Math.min(firstDay, day);
    let m = series.get(key);
    if (!m) series.set(key, (m = new Map()));
    m.set(day, Number(sales));
  }
  return { series, firstDay, lastDay };
}

/** Weeks of history before the peak set's hold-out: as many as the hidden weekly set has. */
const PEAK_HISTORY_WEEKS = 91;

/**
 * Store-item demand by week (weeks end on Sunday), every item × store series: the hold-out is the
 * 13 weeks up to the yearly peak (the week of the last whole year with the most units over all
 * series), with the 91 weeks before it as history — more than a year, so last year's same weeks
 * are there, but under two, as in the hidden weekly set. Real sales only: earlier weeks are dropped.
 */
export async function storeItemWeeklyPeak(dataDir: string): Promise<HoldoutSet> {
  return storeItemWeekly(dataDir, 0);
}

/**
 * The same store-item weeks with the hold-out on the other side of the season: the 13 weeks after
 * the yearly peak (the decline), after 91 weeks of history up to the peak. A set the peak's
 * settings were not chosen on.
 */
export async function storeItemWeeklyAfterPeak(dataDir: string): Promise<HoldoutSet> {
  return storeItemWeekly(dataDir, 13);
}

/** Store-item by week: 91 weeks of history, then 13 held out ending `shift` weeks after the yearly peak. */
async function storeItemWeekly(dataDir: string, shift: number): Promise<HoldoutSet> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(dataDir, 'store_item_demand.zip')));
  const text = await zip.file('train.csv')!.async('string');
  const horizon = 13;
  const byKey = new Map<string, Map<number, number>>();
  let maxDay = -Infinity;
  for (const line of text.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const [date = '', store = '', item = '', sales = ''] = line.trim().split(',');
    const key = `I${item.padStart(2, '0')}-S${store.padStart(2, '0')}`;
    const day = dayFromIso(date);
    // The Sunday that ends the day's week (day 0, 1970-01-01, was a Thursday).
    const weekEnd = day + ((3 - day) % 7 + 7) % 7;
    maxDay = Math.max(maxDay, day);
    let weeks = byKey.get(key);
    if (!weeks) byKey.set(key, (weeks = new Map()));
    weeks.set(weekEnd, (weeks.get(weekEnd) ?? 0) + Number(sales));
  }
  const lastWholeWeek = maxDay - ((maxDay - 3) % 7 + 7) % 7;
  const totals = new Map<number, number>();
  for (const weeks of byKey.values()) for (const [week, qty] of weeks) totals.set(week, (totals.get(week) ?? 0) + qty);
  // The peak week of the last whole calendar year in the data.
  const lastYear = Number(isoFromDay(lastWholeWeek).slice(0, 4)) - (isoFromDay(lastWholeWeek).slice(5) === '12-31' ? 0 : 1);
  let peak = -1;
  for (const [week, total] of totals) {
    if (week > lastWholeWeek || Number(isoFromDay(week).slice(0, 4)) !== lastYear) continue;
    if (peak < 0 || total > totals.get(peak)!) peak = week;
  }
  const lastDay = peak - 7 * (horizon - shift);
  const skus = [...byKey.keys()].sort();
  const weekOf = (sku: string, week: number) => byKey.get(sku)!.get(week) ?? 0;
  const train = skus.map((sku) => Float64Array.from({ length: PEAK_HISTORY_WEEKS }, (_, t) => weekOf(sku, lastDay - 7 * (PEAK_HISTORY_WEEKS - 1 - t))));
  const actual = skus.map((sku) => Float64Array.from({ length: horizon }, (_, t) => weekOf(sku, lastDay + 7 * (t + 1))));
  const name = shift === 0
    ? `store-item weekly (${skus.length} series, 91 weeks, h=13 to the ${isoFromDay(peak)} peak)`
    : `store-item weekly (${skus.length} series, 91 weeks, h=13 after the ${isoFromDay(peak)} peak)`;
  return { name, frequency: 'week', horizon, skus, train, actual, weight: weights(train, horizon), lastDay, step: 7 };
}

/**
 * The store-item peak set with a gift shop's catalogue: each series starts in the week a SKU of
 * the online retailer first sold, counted from that file's first week (December 2009, as the
 * hidden weekly set's history begins), and after the file's year at the pace of that year's
 * launches from week 13 on. Real sales, real launch pace; only the start of each history is cut,
 * so a share of the series has not lived through last year's peak while the shop has.
 */
export async function storeItemWeeklyLaunches(dataDir: string): Promise<HoldoutSet> {
  const set = await storeItemWeekly(dataDir, 0);
  const starts = launchWeeks(readOnlineRetail(dataDir), set.skus.length, PEAK_HISTORY_WEEKS);
  const train = set.train.map((values, s) => values.slice(starts[s]!));
  const young = starts.filter((w) => PEAK_HISTORY_WEEKS - w < 52).length;
  const name = `store-item weekly launches (${set.skus.length} series, up to 91 weeks, ${young} under a year, h=13 to the peak)`;
  return { ...set, name, train, weight: weights(train, set.horizon) };
}

/** Weeks of a steady launch pace: the file's first weeks hold the SKUs that were already on sale. */
const STEADY_LAUNCHES_FROM = 13;

/**
 * `count` start weeks in [0, weeks), spread like the online retailer's SKUs' first sales by week
 * (weeks past the file's year get the mean weekly launches of its steady part), dealt to the
 * series in a seeded order so starts do not follow item or store.
 */
function launchWeeks(lines: RetailLine[], count: number, weeks: number): number[] {
  const firstDay = lines.reduce((m, l) => Math.min(m, l.day), Infinity);
  const first = new Map<string, number>();
  for (const l of lines) first.set(l.sku, Math.min(first.get(l.sku) ?? Infinity, l.day));
  const perWeek = new Float64Array(weeks);
  let fileWeeks = 0;
  for (const day of first.values()) {
    const week = Math.floor((day - firstDay) / 7);
    fileWeeks = Math.max(fileWeeks, week + 1);
    if (week < weeks) perWeek[week]! += 1;
  }
  let steady = 0;
  for (let w = STEADY_LAUNCHES_FROM; w < fileWeeks; w++) steady += perWeek[w]!;
  steady /= Math.max(1, fileWeeks - STEADY_LAUNCHES_FROM);
  for (let w = fileWeeks; w < weeks; w++) perWeek[w] = steady;
  const total = perWeek.reduce((a, b) => a + b, 0);
  // The (k + ½)/count quantile of the launch weeks, for k = 0 … count − 1.
  const starts: number[] = [];
  let cumulative = 0;
  let week = 0;
  for (let k = 0; k < count; k++) {
    const target = ((k + 0.5) / count) * total;
    while (week < weeks - 1 && cumulative + perWeek[week]! < target) cumulative += perWeek[week++]!;
    starts.push(week);
  }
  const random = seededRandom(LAUNCH_SEED);
  for (let i = starts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [starts[i], starts[j]] = [starts[j]!, starts[i]!];
  }
  return starts;
}
const LAUNCH_SEED = 2011;

export interface RetailLine {
  sku: string;
  day: number;
  qty: number;
  price: number;
}

export function readOnlineRetail(dataDir: string): RetailLine[] {
  const text = gunzipSync(readFileSync(path.join(dataDir, 'online_retail_2009-12_to_2010-11_lines.csv.gz'))).toString('utf8');
  const out: RetailLine[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split(',');
    // InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
    const qty = Number(cells[2]);
    const price = Number(cells[4]);
    if (!(qty > 0) || !(price > 0)) continue;
    out.push({ sku: cells[1]!, day: dayFromIso(cells[3]!.slice(0, 10)), qty, price });
  }
  return out;
}

/**
 * The online gift retailer by week (weeks end on Sunday): the last 13 whole weeks, up to the
 * November peak, held out. SKUs sold in at least `minWeeks` training weeks (the `count` with the most revenue).
 */
export function onlineRetailWeekly(dataDir: string, minWeeks = 8, count = Infinity): HoldoutSet {
  return retailBuckets(readOnlineRetail(dataDir), 'week', 13, minWeeks, count);
}

/**
 * The weekly set as an export of sold weeks gives it: each SKU's history from its first sale (the
 * `weekly` set writes every SKU from the file's first week, zeros before its launch included; the
 * CLI starts each series at its first sale either way). The same hold-out, scales and weights.
 */
export function onlineRetailWeeklySold(dataDir: string): HoldoutSet {
  const set = onlineRetailWeekly(dataDir);
  return { ...set, name: `online retail weekly, sold weeks only (${set.skus.length} SKUs from their first sale, h=13 to the peak)`, train: set.train.map(fromFirstSale) };
}

/** A training series from its first sale, as `forecast --input` reads it (the whole series when it never sold). */
export function fromFirstSale(values: Float64Array): Float64Array {
  return values.slice(Math.max(0, values.findIndex((v) => v > 0)));
}

/** The same retailer by day: the `count` SKUs with the most revenue, the last 28 days held out (intermittent daily series). */
export function onlineRetailDaily(dataDir: string, count = 280): HoldoutSet {
  return retailBuckets(readOnlineRetail(dataDir), 'day', 28, 1, count);
}

/**
 * The retailer's lines in buckets, the last `horizon` held out: the `count` SKUs with the most
 * revenue among those sold in `minBuckets` training buckets. `endDay` (default the file's last day)
 * is the last day held out; later lines are left out.
 */
export function retailBuckets(lines: RetailLine[], frequency: 'day' | 'week', horizon: number, minBuckets: number, count: number, endDay = Infinity): HoldoutSet {
  const step = frequency === 'week' ? 7 : 1;
  const maxDay = Number.isFinite(endDay) ? endDay : lines.reduce((m, l) => Math.max(m, l.day), -Infinity);
  const minDay = lines.reduce((m, l) => Math.min(m, l.day), Infinity);
  // Day 0 (1970-01-01) was a Thursday: +3 makes Sunday end a week.
  const lastDay = frequency === 'week' ? maxDay - ((maxDay + 4) % 7 + 7) % 7 : maxDay;
  const buckets = Math.floor((lastDay - minDay) / step) + 1;
  const bySku = new Map<string, { values: Float64Array; revenue: number; qty: number }>();
  for (const l of lines) {
    if (l.day > lastDay) continue;
    const b = buckets - 1 - Math.floor((lastDay - l.day) / step);
    if (b < 0) continue;
    let s = bySku.get(l.sku);
    if (!s) bySku.set(l.sku, (s = { values: new Float64Array(buckets), revenue: 0, qty: 0 }));
    s.values[b]! += l.qty;
    s.revenue += l.qty * l.price;
    s.qty += l.qty;
  }
  const trainLength = buckets - horizon;
  let candidates = [...bySku.entries()].filter(([, s]) => {
    let sold = 0;
    for (let t = 0; t < trainLength; t++) if (s.values[t]! > 0) sold++;
    return sold >= minBuckets;
  });
  candidates.sort((a, b) => b[1].revenue - a[1].revenue || (a[0] < b[0] ? -1 : 1));
  candidates = candidates.slice(0, count);
  candidates.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const skus = candidates.map(([sku]) => sku);
  const train = candidates.map(([, s]) => s.values.slice(0, trainLength));
  const actual = candidates.map(([, s]) => s.values.slice(trainLength));
  const price = Float64Array.from(candidates, ([, s]) => s.revenue / s.qty);
  const name = frequency === 'week' ? `online retail weekly (${skus.length} SKUs, h=13 to the peak)` : `online retail daily (${skus.length} SKUs, h=28)`;
  return { name, frequency, horizon, skus, train, actual, weight: weights(train, horizon, price), lastDay: lastDay - horizon * step, step };
}

/** What a `forecast --input` run wrote and printed, and what it cost: CPU seconds of every thread and peak memory (bench/scale/peak-memory.mjs). */
export interface CliRun {
  text: string;
  printed: string;
  cpuSeconds: number;
  peakBytes: number;
}

/** Runs `forecast --input` on the set as a user would; returns the output file's text, what the command printed and what it cost. */
export function runForecastCli(repoRoot: string, inputFile: string, outputFile: string, set: HoldoutSet, extraArgs: string[] = []): CliRun {
  const usageFile = `${outputFile}.rss`;
  const printed = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      path.join(repoRoot, 'bench/scale/peak-memory.mjs'),
      path.join(repoRoot, 'src/cli/index.ts'),
      'forecast',
      '--input',
      inputFile,
      '--horizon',
      String(set.horizon),
      '--frequency',
      set.frequency,
      '--output',
      outputFile,
      ...extraArgs,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, SCALE_BENCH_RSS_FILE: usageFile } },
  );
  if (process.env.BENCH_CLI_OUTPUT) process.stdout.write(printed);
  const read = (file: string) => (existsSync(file) ? Number(readFileSync(file, 'utf8')) : NaN);
  return { text: readFileSync(outputFile, 'utf8'), printed, cpuSeconds: read(`${usageFile}.cpu`), peakBytes: read(usageFile) };
}
