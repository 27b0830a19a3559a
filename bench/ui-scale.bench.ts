/// <reference lib="dom" />
/**
 * The UI at scale: a demo business of N SKUs with a weekly forecast run and a plan (made with the
 * CLI, or reused), opened in browser mode and driven in Chromium. Prints when the server answers
 * after being started with the workspace, when the Forecasts, Replenishment and Data grids show
 * rows, how long sorting and filtering the Forecasts grid (the biggest: a series per SKU-location)
 * take, then every other page in turn (bench/ui-scale/other-pages.ts): Suppliers, Alerts,
 * Logistics, Recommendations, Settings and the Dashboard. Each step prints its wall time, the
 * server's CPU seconds over it (all its threads: the wall clock of a shared machine says little)
 * and the page's main thread's busy seconds (script, layout, paint) and CPU seconds.
 * Targets (issue 19): server ≤ 5 s, every page's rows or figures ≤ 1 s, sort and filter ≤ 1 s.
 *
 *   npm run build:renderer
 *   npm run bench:ui-scale -- [--skus 10000] [--workspace FILE] [--keep]
 *   (--workspace reuses a file with a forecast run and a plan, e.g. one an earlier run kept)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { startServer } from '../test/e2e/server';
import { option, fmt } from './kit';
import { measureOtherPages } from './ui-scale/other-pages';
import { countShown, dataRows, mainThreadReader, stepTimer, WAIT_MS } from './ui-scale/shown';

const skus = Number(option('skus', '10000'));
const reuse = option('workspace', '');
const keep = process.argv.includes('--keep') || reuse !== '';

function cli(...args: string[]): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A demo workspace with a forecast run and a plan: the pages then have rows to show. */
function prepareWorkspace(): { file: string; dir: string | null } {
  if (reuse) return { file: path.resolve(reuse), dir: null };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-ui-scale-'));
  const file = path.join(dir, `demo-${skus}.supplydesk`);
  for (const [step, args] of [
    ['demo', ['demo', '--workspace', file, '--skus', String(skus), '--seed', '11']],
    ['forecast', ['forecast', '--workspace', file]],
    ['plan', ['plan', '--workspace', file, '--output', path.join(dir, 'plan.json')]],
  ] as const) {
    const started = Date.now();
    cli(...args);
    console.log(`${step}: ${fmt(Date.now() - started)}`);
  }
  return { file, dir };
}

/** The SKUs of a reused workspace (the --skus option only says what a new one gets). */
function skusIn(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.resolve('out/renderer/index.html'))) throw new Error('Build the renderer first: npm run build:renderer');
  const { file, dir } = prepareWorkspace();
  console.log(`workspace: ${(fs.statSync(file).size / 1e6).toFixed(0)} MB, ${(reuse ? skusIn(file) : skus).toLocaleString('en')} SKUs${reuse ? ' (reused)' : ''}`);
  const started = Date.now();
  const server = await startServer({ args: ['--workspace', file] });
  console.log(`server answers after open: ${fmt(Date.now() - started)}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, locale: 'en-US' });
    const timed = stepTimer(server.processGroup, await mainThreadReader(page));
    const nav = (name: string) => page.getByRole('navigation').getByRole('menuitem', { name });
    // Straight to the Forecasts page: the Dashboard's whole-workspace figures would share the cores.
    await timed('Forecasts rows shown (page load, app start included)', async () => {
      await page.goto(`${server.url}#/forecasts`);
      await dataRows(page, 'forecasts').first().waitFor({ timeout: WAIT_MS });
    });
    const count = page.getByTestId('forecast-row-count');
    // The counts come with the first page or soon after; on a busy machine that can take a while.
    console.log(`  ${await countShown(page, 'forecast-row-count')}`);

    const firstSku = () => dataRows(page, 'forecasts').first().locator('[col-id="sku"]').textContent();
    const before = await firstSku();
    await timed('Forecasts sort by SKU', async () => {
      await page.getByTestId('grid-forecasts').getByRole('columnheader', { name: 'SKU', exact: true }).click();
      await page.waitForFunction(
        (previous) => {
          const cell = document.querySelector('[data-testid="grid-forecasts"] .ag-row[row-index="0"]:not(.ag-row-loading) [col-id="sku"]');
          return cell !== null && cell.textContent !== previous;
        },
        before,
        { timeout: WAIT_MS },
      );
    });
    await timed('Forecasts filter by demand class', async () => {
      await page.getByTestId('grid-forecasts').getByLabel('Demand class Filter Input', { exact: true }).filter({ visible: true }).fill('Intermittent');
      await page.waitForFunction(() => / of /.test(document.querySelector('[data-testid="forecast-row-count"]')?.textContent ?? ''), undefined, { timeout: WAIT_MS });
    });
    console.log(`  ${await count.textContent()}`);
    await timed('Forecasts scroll past row 500', async () => {
      await dataRows(page, 'forecasts').first().hover();
      await page.mouse.wheel(0, 40_000);
      await page.waitForFunction(() => {
        const rows = Array.from(document.querySelectorAll('[data-testid="grid-forecasts"] .ag-row'));
        return rows.some((row) => Number(row.getAttribute('row-index')) > 500) && rows.every((row) => !row.classList.contains('ag-row-loading'));
      }, undefined, { timeout: WAIT_MS });
    });

    await timed('Replenishment rows shown (after clicking Replenishment)', async () => {
      await nav('Replenishment').click();
      await dataRows(page, 'plan').first().waitFor({ timeout: WAIT_MS });
    });
    console.log(`  ${await countShown(page, 'plan-row-count')}`);

    await timed('Data rows shown (catalogue, after clicking Data)', async () => {
      await nav('Data').click();
      await dataRows(page, 'products').first().waitFor({ timeout: WAIT_MS });
    });
    console.log(`  ${await countShown(page, 'row-count')}`);
    await timed('Data sort by price', async () => {
      const header = page.getByTestId('grid-products').getByRole('columnheader', { name: 'Price', exact: true });
      await header.click();
      await header.and(page.locator('[aria-sort="ascending"]')).waitFor({ timeout: WAIT_MS });
    });

    await measureOtherPages(page, timed);
  } catch (error) {
    const shot = path.resolve('test-results/ui-scale-failed.png');
    await browser.contexts()[0]?.pages()[0]?.screenshot({ path: shot }).catch(() => undefined);
    console.error(`failed; the page is in ${shot}`);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
    if (dir && !keep) fs.rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`kept ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
