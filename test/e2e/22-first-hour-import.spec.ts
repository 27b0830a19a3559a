import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace } from '../../src/core/db/workspace';
import { orderTime, writeOrderLineExport, type OrderLineExportShape } from '../fixtures/order-line-export';
import { callApi } from './api';
import { expect, test as base } from './fixtures';
import { ImportWizard } from './pages/import-wizard';
import { startServer, type RunningServer } from './server';

/** A merchant's first hour: a fresh, empty workspace (no demo), into which only sales are imported. */
const test = base.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-first-hour-')), 'shop.supplydesk');
      createWorkspace(file, { name: 'New shop' }).close();
      const server = await startServer({ args: ['--workspace', file] });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

// The platform's order-line export: GB18030, ";" separators, decimal commas, day-first date-times whose
// first 12,000 rows all have a day ≤ 12 (they read either way), 2,513 SKUs.
const shape: OrderLineExportShape = { rows: 14_000, skus: 2_513, ambiguousRows: 12_000 };
// The SKU of the first row with a day above 12 (13/03/2011 10:25), and the days of its first and last sale.
const sku = `SKU-${String(shape.ambiguousRows % shape.skus).padStart(5, '0')}`;
const skuDays: string[] = [];
for (let i = shape.ambiguousRows % shape.skus; i < shape.rows; i += shape.skus) skuDays.push(orderTime(i, shape).iso.slice(0, 10));
skuDays.sort();
/** As en-US shows a day: month/day/year. */
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

// Wide enough for every column of the Sales by SKU grid (off-screen columns are not rendered).
test.use({ viewport: { width: 1920, height: 900 } });

test('a GB18030 ";" decimal-comma order-line export imports in one pass with defaults, with day-first dates and true counts', async ({ app, dataPage, page, server }) => {
  test.setTimeout(90_000);
  const file = writeOrderLineExport(fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-first-hour-files-')), '订单明细导出.csv', shape);
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).toHaveText('New shop');
  await app.goTo('Data');

  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.expectKind('Sales (order lines)');
  await wizard.check();
  await expect(wizard.statistic('Rows to store')).toHaveText('14,000');
  await expect(wizard.statistic('Rows with errors')).toHaveText('0');
  await expect(wizard.statistic('New SKUs')).toHaveText('2,513');
  await expect(wizard.dialog.getByTestId('date-order-read')).toHaveText(
    'Dates in "下单时间" are read day first (day/month/year): 2,000 values have a day above 12.',
  );
  await expect(wizard.previewRows().nth(1)).toContainText('2010-01-02'); // 02/01/2010 is 2 January
  await app.screenshot('first-hour-import-check', 'en');

  await wizard.importRows(/^Import 14,000 rows$/);
  await expect(wizard.summary).toContainText('14,000');
  await expect(wizard.statistic('New SKUs')).toHaveText('2,513');
  await wizard.viewData();

  await dataPage.tab('Sales by SKU').click();
  await dataPage.waitForRows('salesBySku');
  await dataPage.search.fill(sku);
  await expect(dataPage.rows('salesBySku')).toHaveCount(1);
  // Its last sale is 13 March 2011 (en-US: 03/13/2011), its first 3 June 2010 (06/03/2010, not 6 March).
  expect(skuDays.at(-1)).toBe('2011-03-13');
  expect(skuDays[0]).toBe('2010-06-03');
  const row = dataPage.rows('salesBySku').first();
  await expect(row.locator('[col-id="lastSale"]')).toHaveText(usDate(skuDays.at(-1)!));
  await expect(row.locator('[col-id="firstSale"]')).toHaveText(usDate(skuDays[0]!));
  await app.screenshot('first-hour-sales', 'en');

  const [entry] = await callApi(server, 'import:list');
  expect(entry).toMatchObject({ kind: 'order-lines', fileName: '订单明细导出.csv', rowsStored: 14_000, status: 'done' });
});

test('dates that fit both orders in every row: the wizard asks, and imports in the order chosen', async ({ app, dataPage, page }) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-first-hour-files-')), 'ambiguous.csv');
  fs.writeFileSync(file, 'sku,date,units\nAMB-1,03/04/2024,2\nAMB-1,05/06/2024,3\nAMB-2,11/12/2024,1\n');
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).toHaveText('New shop');
  await app.goTo('Data');
  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.check();
  const ask = wizard.dialog.getByTestId('date-order-ask');
  await expect(ask).toContainText('Every date in "date" (such as 03/04/2024) could be day/month or month/day');
  // Nothing to import until the order is known: no import button at all.
  await expect(wizard.dialog.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  // Choosing checks the file again in that order (the question then goes away).
  await ask.getByRole('radio', { name: 'Day first (13/03 is 13 March)' }).click();
  await expect(wizard.statistic('Rows to store')).toHaveText('3', { timeout: 30_000 });
  await expect(wizard.previewRows().first()).toContainText('2024-04-03');
  await wizard.importRows(/^Import 3 rows$/);
  await wizard.viewData();
  await dataPage.tab('Sales by SKU').click();
  await dataPage.search.fill('AMB-2');
  await expect(dataPage.rows('salesBySku').first().locator('[col-id="lastSale"]')).toHaveText('12/11/2024');
});
