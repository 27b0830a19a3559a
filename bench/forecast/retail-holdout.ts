/**
 * `forecast --input` on real retail hold-out sets, exactly as a user runs it (defaults, or the
 * flags given after `retail`), scored with WRMSSE, bias, pinball and p10–p90 coverage.
 * Bench-only flags: `--sets weekly,peak,launches,fall,daily,store,midyear,thinned,stores,sold` picks the sets (midyear, thinned and stores, the daily sets shaped like the hidden one, and sold, the weekly set with each SKU from its first sale, run only when named; peak: store-item by week, 13 weeks up to its yearly peak after 91 weeks of history; launches: the same with each series starting when an online-retail SKU first sold, so some have no last year of their own; fall: the 13 weeks after that peak); `--compare` runs each set four
 * ways side by side: the engine alone (--global off), the global model alone and the plain
 * average (the hidden --fixed-global-weight 1 / 0.5), and the learnt combination (defaults).
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onlineRetailMidyear, storeItemMultiStore, storeItemThinned } from './daily-sets';
import { parseForecastCsv, scoreHoldout } from './holdout-score';
import { historyCsv, onlineRetailDaily, onlineRetailWeekly, onlineRetailWeeklySold, runForecastCli, storeItemDaily, storeItemWeeklyAfterPeak, storeItemWeeklyLaunches, storeItemWeeklyPeak, type HoldoutSet } from './retail-sets';

const SET_NAMES = ['weekly', 'peak', 'launches', 'fall', 'daily', 'store'] as const;
/** Sets run only when named: the daily sets shaped like the hidden daily set (daily-sets.ts), and the weekly set as sold weeks only. */
const NAMED_ONLY = ['midyear', 'thinned', 'stores', 'sold'] as const;

const VARIANTS: { label: string; args: string[] }[] = [
  { label: 'engine', args: ['--global', 'off'] },
  { label: 'global', args: ['--global', 'on', '--fixed-global-weight', '1'] },
  { label: 'average', args: ['--global', 'on', '--fixed-global-weight', '0.5'] },
  { label: 'learnt', args: [] },
];

/** The sets named by `--sets a,b,…` among the arguments (every set without it). */
export async function pickSets(dataDir: string, args: readonly string[]): Promise<HoldoutSet[]> {
  const at = args.indexOf('--sets');
  const wanted = at >= 0 ? (args[at + 1] ?? '').split(',') : [...SET_NAMES];
  const sets: HoldoutSet[] = [];
  if (wanted.includes('weekly')) sets.push(onlineRetailWeekly(dataDir));
  if (wanted.includes('peak')) sets.push(await storeItemWeeklyPeak(dataDir));
  if (wanted.includes('launches')) sets.push(await storeItemWeeklyLaunches(dataDir));
  if (wanted.includes('fall')) sets.push(await storeItemWeeklyAfterPeak(dataDir));
  if (wanted.includes('daily')) sets.push(onlineRetailDaily(dataDir));
  if (wanted.includes('store')) sets.push(await storeItemDaily(dataDir));
  if (wanted.includes('midyear')) sets.push(...onlineRetailMidyear(dataDir));
  if (wanted.includes('thinned')) sets.push(await storeItemThinned(dataDir));
  if (wanted.includes('stores')) sets.push(await storeItemMultiStore(dataDir));
  if (wanted.includes('sold')) sets.push(onlineRetailWeeklySold(dataDir));
  const unknown = wanted.filter((name) => !(SET_NAMES as readonly string[]).includes(name) && !(NAMED_ONLY as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown set ${unknown.join(', ')}: the sets are ${[...SET_NAMES, ...NAMED_ONLY].join(', ')}`);
  return sets;
}

export async function runRetailHoldout(repoRoot: string, dataDir: string, args: string[]): Promise<void> {
  const at = args.indexOf('--sets');
  let extraArgs = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const compare = extraArgs.includes('--compare');
  extraArgs = extraArgs.filter((arg) => arg !== '--compare');
  const sets = await pickSets(dataDir, args);
  const variants = compare ? VARIANTS.map((v) => ({ ...v, args: [...v.args, ...extraArgs] })) : [{ label: 'as given', args: extraArgs }];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'supplydesk-holdout-'));
  try {
    console.log(`\nReal retail hold-outs through forecast --input ${compare ? '(engine / global / average / learnt)' : extraArgs.join(' ')}`);
    console.log('set | way | series | WRMSSE | bias | pinball | p10–p90 coverage | training s | seconds | CPU-s | peak MB');
    for (const set of sets) {
      const input = path.join(dir, `${set.frequency}-${set.skus.length}.csv`);
      const output = path.join(dir, `${set.frequency}-${set.skus.length}-forecast.csv`);
      writeFileSync(input, historyCsv(set));
      for (const variant of variants) {
        const started = performance.now();
        const { text, printed, cpuSeconds, peakBytes } = runForecastCli(repoRoot, input, output, set, variant.args);
        const seconds = (performance.now() - started) / 1000;
        const score = scoreHoldout(set, parseForecastCsv(set, text));
        const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
        const training = /trained ([\d.]+) s/.exec(printed)?.[1] ?? '—';
        console.log(
          `${set.name} | ${variant.label} | ${score.scored} | ${score.wrmsse.toFixed(3)} | ${pct(score.bias)} | ${score.pinball.toFixed(3)} | ${pct(score.coverage)} | ${training} | ${seconds.toFixed(1)} | ${cpuSeconds.toFixed(1)} | ${(peakBytes / 1024 ** 2).toFixed(0)}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
