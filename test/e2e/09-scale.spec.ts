import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DataPage } from './pages/data-page';
import { startServer, type RunningServer } from './server';

/**
 * The foundation's scale target: a 10,000-SKU demo workspace (2 years of daily sales,
 * 2 locations) opened in the browser, Data page catalogue grid shown. Times are printed, not asserted.
 * Each test gets a fresh server, so nothing is cached from the one before.
 */
test.describe('a 10,000-SKU workspace', () => {
  test.describe.configure({ timeout: 240_000 });
  let dataDir: string;
  let file: string;
  let server: RunningServer;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-e2e-scale-'));
    file = path.join(dataDir, 'scale.supplydesk');
    const generated = Date.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'demo', '--workspace', file, '--skus', '10000', '--seed', '11'], {
      stdio: 'inherit',
    });
    console.log(`10,000-SKU demo generated in ${Date.now() - generated} ms`);
  });

  test.beforeEach(async () => {
    const started = Date.now();
    server = await startServer({ args: ['--workspace', file] });
    console.log(`server started with the workspace open in ${Date.now() - started} ms`);
  });

  test.afterEach(async () => {
    await server?.stop();
  });

  test.afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens on the Data page and shows the catalogue grid', async ({ page }) => {
    const started = Date.now();
    const marks = recordApiCalls(page, started);
    await page.goto(`${server.url}#/data`);
    await expect(new DataPage(page).rows('products').first()).toBeVisible({ timeout: 60_000 });
    console.log(`10,000-SKU catalogue grid shown ${Date.now() - started} ms after opening the page`);
    console.log(`  ${marks.join('\n  ')}`);
    await expect(page.getByText(/10,000 rows/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/data-10k-en.png' });

    // Sorting and filtering the whole catalogue: printed, the target is a second.
    const dataPage = new DataPage(page);
    const firstSku = async () => (await dataPage.rows('products').first().locator('[col-id="sku"]').textContent()) ?? '';
    const before = await firstSku();
    const sorted = Date.now();
    await dataPage.columnHeader('products', 'Price').click();
    await expect(dataPage.columnHeader('products', 'Price')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(firstSku).not.toBe(before);
    console.log(`10,000-SKU catalogue sorted by price in ${Date.now() - sorted} ms`);
    const filtered = Date.now();
    await dataPage.floatingFilter('products', 'SKU').fill('-0');
    await expect(dataPage.rowCount).toContainText(' of ');
    console.log(`10,000-SKU catalogue filtered by SKU in ${Date.now() - filtered} ms (${await dataPage.rowCount.textContent()})`);
  });

  test('from the Dashboard, the Data page shows the catalogue', async ({ page }) => {
    const dataNav = page.getByRole('navigation').getByRole('menuitem', { name: 'Data' });
    await page.goto(server.url);
    await expect(dataNav).toBeVisible();
    // The Dashboard has asked for its whole-workspace totals: the catalogue must not wait behind them.
    const started = Date.now();
    await dataNav.click();
    await expect(new DataPage(page).rows('products').first()).toBeVisible({ timeout: 60_000 });
    console.log(`10,000-SKU catalogue grid shown ${Date.now() - started} ms after clicking Data on the Dashboard`);
  });
});

/** When each API call was sent, and when the catalogue arrived: where the time goes. */
function recordApiCalls(page: Page, started: number): string[] {
  const marks: string[] = [];
  page.on('request', (request) => {
    const call = /\/api\/call\/([\w:]+)/.exec(request.url())?.[1];
    if (call) marks.push(`${call} sent at ${Date.now() - started} ms`);
  });
  page.on('response', (response) => {
    if (/\/api\/call\/data:products/.test(response.url())) marks.push(`data:products answered at ${Date.now() - started} ms`);
  });
  return marks;
}
