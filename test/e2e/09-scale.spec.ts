import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DataPage } from './pages/data-page';
import { startServer, type RunningServer } from './server';

/**
 * The foundation's scale target: a 10,000-SKU demo workspace (2 years of daily sales,
 * 2 locations) opened in the browser, Data page catalogue grid shown. Times are printed, not asserted.
 */
test.describe('a 10,000-SKU workspace', () => {
  test.describe.configure({ timeout: 240_000 });
  let server: RunningServer;
  let home: string;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-e2e-scale-'));
    const file = path.join(home, 'workspaces', 'scale.supplydesk');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const generated = Date.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'demo', '--workspace', file, '--skus', '10000', '--seed', '11'], {
      stdio: 'inherit',
    });
    console.log(`10,000-SKU demo generated in ${Date.now() - generated} ms`);
    const started = Date.now();
    server = await startServer({ home, args: ['--workspace', file] });
    console.log(`server started with the workspace open in ${Date.now() - started} ms`);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('opens on the Data page and shows the catalogue grid', async ({ page }) => {
    const dataPage = new DataPage(page);
    const started = Date.now();
    // Where the time goes: the first API call marks the end of loading the bundle.
    const marks: string[] = [];
    page.on('request', (request) => {
      const call = /\/api\/call\/([\w:]+)/.exec(request.url())?.[1];
      if (call) marks.push(`${call} sent at ${Date.now() - started} ms`);
    });
    page.on('response', (response) => {
      const call = /\/api\/call\/(data:products)/.exec(response.url())?.[1];
      if (call) marks.push(`${call} answered at ${Date.now() - started} ms`);
    });
    await page.goto(`${server.url}#/data`);
    await expect(dataPage.rows('products').first()).toBeVisible({ timeout: 60_000 });
    console.log(`10,000-SKU catalogue grid shown ${Date.now() - started} ms after opening the page`);
    console.log(`  ${marks.join('\n  ')}`);
    await expect(page.getByText(/10,000 rows/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/data-10k-en.png' });
  });
});
