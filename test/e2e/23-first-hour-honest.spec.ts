import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createWorkspace } from '../../src/core/db/workspace';
import { readCsvText } from '../../src/core/ground/files/read/csv-text';
import { salesExportCsv, stockCsv, suppliersCsv, termsCsv, writeFile } from '../fixtures/first-hour-files';
import { callApi, importThroughApi } from './api';
import { expect, test as base } from './fixtures';
import { ForecastsPage } from './pages/forecasts-page';
import { ImportWizard } from './pages/import-wizard';
import { ReplenishmentPage } from './pages/replenishment-page';
import { startServer, type RunningServer } from './server';

const SKUS = 300;
// Each job starts a worker thread: seconds on a quiet machine, far more on a loaded CI runner.
const JOB_TIMEOUT = 90_000;
const TEST_TIMEOUT = 180_000;
const LAST_DAY = '2011-03-31';

/** One fresh, empty workspace for the whole spec (no demo): a new merchant's, opened at start. Files are made in its home. */
const test = base.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-first-hour-e2e-'));
      const file = path.join(home, 'my-shop.supplydesk');
      createWorkspace(file, { name: 'My shop' }).close();
      const server = await startServer({ home, args: ['--workspace', file] });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});
test.describe.configure({ mode: 'serial' });

/** "As of Mar 31, 2011 · …": the date part of a page's header line. */
async function asOfOf(header: Locator): Promise<string> {
  const text = (await header.textContent()) ?? '';
  return /As of ([^·]+)/.exec(text)?.[1]?.trim() ?? '';
}

test('sales only: the plan and the Dashboard say what is missing and what to import, with one as-of date', async ({ app, page, server }) => {
  test.setTimeout(TEST_TIMEOUT);
  const salesFile = writeFile(server.home, 'sales-by-day.csv', salesExportCsv({ skus: SKUS, firstDay: '2010-12-01', lastDay: LAST_DAY }));
  const wizard = new ImportWizard(page);
  const plan = new ReplenishmentPage(page);

  // Import the platform's sales export through the wizard, with its guesses.
  await app.goTo('Data');
  await wizard.open();
  await wizard.chooseFile(salesFile);
  await wizard.expectKind('Sales (daily totals)');
  await wizard.check();
  await wizard.importRows(/^Import [\d,]+ rows$/);
  await wizard.viewData();

  // Before any run, the event calendar can already be checked (Spring Festival, 618, Double 11 …).
  const forecasts = new ForecastsPage(page);
  await app.goTo('Forecasts');
  await expect(page.getByTestId('forecasts-empty')).toBeVisible();
  await forecasts.showView('Event calendar');
  await expect(forecasts.eventRow('Double 11')).toBeVisible();
  await expect(page.getByTestId('forecasts-empty')).toHaveCount(0);

  // Forecast and plan from the Replenishment page, as a newcomer would.
  await app.goTo('Replenishment');
  await expect(plan.emptyState).toContainText('Run one first');
  await plan.emptyState.getByTestId('run-forecast').click();
  await page.getByTestId('run-forecast-form').getByRole('button', { name: 'Start' }).click();
  await expect(plan.makePlan).toBeEnabled({ timeout: JOB_TIMEOUT });
  await plan.makePlan.click();
  await expect.poll(async () => (await callApi(server, 'planning:plans')).length, { timeout: JOB_TIMEOUT }).toBe(1);

  // The plan says what is missing, per input, with the imports to use: never "enough stock".
  const [made] = await callApi(server, 'planning:plans');
  expect(made!.summary.missingInputs).toEqual({ stockAndTerms: SKUS, stockOnly: 0, termsOnly: 0 });
  const missing = page.getByTestId('plan-missing-inputs');
  await expect(missing).toContainText(`${SKUS} SKUs have no stock snapshot and no supplier terms: import stock on hand and supplier terms to plan them.`);
  await expect(missing.getByTestId('import-stock')).toBeVisible();
  await expect(missing.getByTestId('import-terms')).toBeVisible();
  await expect(plan.grid.getByTestId('grid-empty')).toContainText('Nothing can be planned yet');
  await expect(plan.root).not.toContainText('Nothing to order');
  await expect(plan.root).not.toContainText('has enough stock');
  await app.screenshot('first-hour-plan', 'en');

  // The Dashboard: no fill rate without stock data, and the data's as-of date.
  await app.goTo('Dashboard');
  const fillRate = page.getByTestId('figure-fillRate');
  await expect(fillRate).toContainText('Needs stock snapshots');
  await expect(fillRate.getByTestId('figure-value')).not.toContainText('%');
  await expect(page.getByTestId('figure-overduePoLines')).toContainText('Needs purchase orders');
  const dashboardHeader = page.getByTestId('page-dashboard').getByText(/^As of /);
  await expect(dashboardHeader).toContainText('2011');
  const asOf = await asOfOf(dashboardHeader);

  // Alerts count from the same date.
  await app.goTo('Alerts');
  await page.getByTestId('alerts-refresh').click();
  await expect.poll(async () => (await callApi(server, 'jobs:list')).find((job) => job.kind === 'alerts')?.status, { timeout: JOB_TIMEOUT }).toBe('done');
  const alertsHeader = page.getByTestId('page-alerts').getByText(/^As of /);
  await expect(alertsHeader).toContainText(asOf, { timeout: JOB_TIMEOUT });
  expect(asOf).not.toBe('');
});

test('with stock and terms: an approved draft is exported with its status and PO number, not as a draft', async ({ app, page, server }) => {
  test.setTimeout(TEST_TIMEOUT);
  const wizard = new ImportWizard(page);
  const plan = new ReplenishmentPage(page);

  // The plan's own button opens the wizard for stock on hand.
  await app.goTo('Replenishment');
  await page.getByTestId('plan-missing-inputs').getByTestId('import-stock').click();
  await wizard.chooseFile(writeFile(server.home, 'stock.csv', stockCsv(SKUS, LAST_DAY)));
  await wizard.expectKind('Stock on hand');
  await wizard.check();
  await wizard.importRows(/^Import [\d,]+ rows$/);
  await wizard.viewData();
  // Suppliers and their terms (the wizard's steps for them are the import spec's).
  await importThroughApi(server, 'suppliers.csv', suppliersCsv(), 'suppliers');
  await importThroughApi(server, 'terms.csv', termsCsv(SKUS), 'terms');

  await app.goTo('Replenishment');
  await plan.makePlan.click();
  await expect.poll(async () => (await callApi(server, 'planning:plans')).length, { timeout: JOB_TIMEOUT }).toBe(2);
  await expect(page.getByTestId('plan-missing-inputs')).toBeHidden();
  const [newest] = await callApi(server, 'planning:plans');
  const draft = (await callApi(server, 'planning:drafts', { planId: newest!.id })).drafts.find((d) => d.status === 'draft')!;
  await plan.approve(plan.draftCard(draft.supplier, draft.location));
  const approvedCard = plan.draftCard(draft.supplier, draft.location, 'approved');
  await expect(approvedCard.getByTestId('draft-po-number')).toContainText(/Approved · SD-\d+-\d{3}/);
  const poNumber = /SD-\d+-\d{3}/.exec((await approvedCard.getByTestId('draft-po-number').textContent()) ?? '')![0];

  // The default export lists what still needs ordering only; the one with approved lines names the PO.
  const csvRows = async (menuItem: string) => {
    const downloading = page.waitForEvent('download');
    await plan.exportButton.click();
    await page.getByRole('menuitem', { name: menuItem }).click();
    const text = fs.readFileSync((await (await downloading).path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = readCsvText(text).filter((row) => row.length > 1);
    return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
  };
  const drafts = await csvRows('Plan for the platform (CSV)');
  expect(drafts.length).toBeGreaterThan(0);
  expect(drafts.every((row) => row.status === 'draft' && row.po_number === '' && row.supplier !== draft.supplier)).toBe(true);
  const all = await csvRows('With approved lines and PO numbers (CSV)');
  const approved = all.filter((row) => row.status === 'approved');
  expect(approved.length).toBe(draft.lines);
  expect(approved.every((row) => row.po_number === poNumber && row.supplier === draft.supplier)).toBe(true);

  const downloading = page.waitForEvent('download');
  await plan.exportButton.click();
  await page.getByRole('menuitem', { name: 'With approved lines and PO numbers (XLSX)' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await downloading).path())!);
  const sheet = workbook.getWorksheet('Plan')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const [status, po] = [header.indexOf('status') + 1, header.indexOf('po_number') + 1];
  const poNumbers = sheet.getRows(2, sheet.rowCount - 1)!.filter((row) => row.getCell(status).value === 'approved').map((row) => row.getCell(po).value);
  expect(poNumbers).toEqual(Array(draft.lines).fill(poNumber));
  await app.screenshot('first-hour-approved', 'en');
});
