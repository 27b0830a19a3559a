import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace } from '../../src/core/db/workspace';
import { callApi } from './api';
import { expect, test as base } from './fixtures';
import { ImportWizard } from './pages/import-wizard';
import { WatchPanel } from './pages/watch-panel';
import { startServer, type RunningServer } from './server';

/** Short enough for a quick test, long enough that a file written in two steps is seen between them. */
const STABLE_MS = 1500;

/** The folder the platform's exports land in: confirmed on the command line, as the person starting SupplyDesk does. */
const drop = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-watch-drop-'));

/** An empty workspace at once (no demo to wait for), and watched folders scanned every second. */
const test = base.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-watch-ws-')), 'shop.supplydesk');
      createWorkspace(file, { name: 'Shop' }).close();
      // The server takes its timings from the environment it is started with; later specs get the defaults.
      process.env.SUPPLYDESK_WATCH_SCAN_MS = '1000';
      process.env.SUPPLYDESK_WATCH_STABLE_MS = String(STABLE_MS);
      const server = await startServer({ args: ['--workspace', file, '--watch-folder', drop] }).finally(() => {
        delete process.env.SUPPLYDESK_WATCH_SCAN_MS;
        delete process.env.SUPPLYDESK_WATCH_STABLE_MS;
      });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

const HEADER = 'sku,date,units,location\n';

test('a sales file dropped into a watched folder is imported once it is whole, once; a bad one is shown with row and column', async ({
  app,
  dataPage,
  page,
  server,
}) => {
  test.setTimeout(150_000);
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  await app.createEmptyWorkspace();
  await app.goTo('Data');

  // The layout is imported once by hand: the wizard saves its mapping.
  const hand = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-watch-hand-'));
  const first = path.join(hand, 'sales-06-01.csv');
  fs.writeFileSync(first, `${HEADER}TEA-001,2026-06-01,3,WH1\nTEA-002,2026-06-01,2,WH1\n`);
  const wizard = new ImportWizard(page);
  await wizard.open();
  await wizard.chooseFile(first);
  await wizard.check();
  await wizard.importRows(/^Import 2 rows$/);
  await wizard.viewData();
  await dataPage.tab('Sales by SKU').click();
  await dataPage.waitForRows('salesBySku');
  await expect(dataPage.rows('salesBySku')).toHaveCount(2);
  const importsBefore = (await callApi(server, 'import:list')).length;

  // Browser mode has no folder dialog and watches no typed path: the folder confirmed at start is offered.
  const watch = new WatchPanel(page);
  await watch.open();
  await expect(watch.drawer.getByTestId('watch-add-help')).toContainText(path.join(server.home, 'inbox'));
  await expect(watch.drawer.getByRole('textbox')).toHaveCount(0);
  await watch.addFolder(drop);
  await expect(watch.folder(drop).getByTestId('watch-folder-state')).toHaveText('Watching');

  // A new day of sales, written in two steps: the first half must not be imported.
  const day = path.join(drop, 'sales-06-02.csv');
  fs.writeFileSync(day, `${HEADER}TEA-001,2026-06-02,4,WH1\nTEA-003,2026-06-0`);
  await expect(watch.file('sales-06-02.csv')).toContainText('Waiting');
  await page.waitForTimeout(STABLE_MS * 2 + 500);
  await expect(watch.file('sales-06-02.csv')).toContainText('Waiting');
  await expect(watch.file('sales-06-02.csv')).toContainText('the last line is cut off');
  expect((await callApi(server, 'import:list')).length).toBe(importsBefore);
  fs.appendFileSync(day, '2,6,WH1\n');

  await expect(watch.file('sales-06-02.csv')).toContainText('Imported', { timeout: 20_000 });
  await expect(watch.file('sales-06-02.csv')).toContainText('2 rows');
  await expect(page.locator('.ant-notification-notice').filter({ hasText: 'Imported from a watched folder' })).toContainText('sales-06-02.csv');
  await expect(watch.folder(drop).getByTestId('watch-last-imported')).toContainText('sales-06-02.csv');
  await app.screenshot('watch-imported', 'en');

  // Imported once: later scans leave it alone.
  await page.waitForTimeout(STABLE_MS + 1500);
  const imports = await callApi(server, 'import:list');
  expect(imports.filter((entry) => entry.fileName === 'sales-06-02.csv')).toHaveLength(1);
  expect(imports).toHaveLength(importsBefore + 1);
  await expect(watch.ledger.getByRole('row').filter({ hasText: 'sales-06-02.csv' })).toHaveCount(1);
  await watch.close();

  // The import history lists it, and the Data page shows the new SKU.
  await wizard.openHistory();
  await expect(wizard.historyRow('sales-06-02.csv')).toContainText('Imported');
  await page.keyboard.press('Escape');
  await expect(dataPage.rows('salesBySku')).toHaveCount(3);
  await expect(dataPage.grid('salesBySku')).toContainText('TEA-003');

  // A bad file: shown with its row and column, and nothing is written.
  await watch.open();
  fs.writeFileSync(path.join(drop, 'sales-06-03.csv'), `${HEADER}TEA-001,2026-06-03,1,WH1\nTEA-002,2026-06-03,lots,WH1\n`);
  await expect(watch.file('sales-06-03.csv')).toContainText('Failed', { timeout: 20_000 });
  await expect(watch.file('sales-06-03.csv')).toContainText('Row 3, column units');
  const notice = page.locator('.ant-notification-notice').filter({ hasText: 'A watched file was not imported' });
  await expect(notice).toContainText('sales-06-03.csv');
  await expect(notice).toContainText('Row 3, column units');
  expect(await callApi(server, 'import:list')).toHaveLength(importsBefore + 1);
  await app.screenshot('watch-failed', 'en');
});
