import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createWorkspace } from '../../src/core/db/workspace';
import { callApi } from './api';
import { expect, test as base } from './fixtures';
import { ImportWizard } from './pages/import-wizard';
import { startServer, type RunningServer } from './server';

/** A server that opens an empty workspace at once: no demo to wait for; each test then makes its own. */
const test = base.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-import-ws-')), 'shop.supplydesk');
      createWorkspace(file, { name: 'Shop' }).close();
      const server = await startServer({ args: ['--workspace', file] });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

/** Real files as merchants bring them, written to a temp folder and chosen through the file input. */
function filesFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-import-e2e-'));
}

test('a platform sales export in GB18030 with Chinese headers: guessed, mapped, checked, imported, shown', async ({ app, dataPage, page, server }) => {
  test.setTimeout(150_000);
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  await app.createEmptyWorkspace();
  await app.goTo('Data');

  const file = path.join(filesFolder(), '店铺销售导出.csv');
  const csv = '商品编码,日期,销量,门店\nTEA-001,2024/6/1,3,上海店\nTEA-001,2024/6/2,5,上海店\nTEA-002,2024/6/1,2,北京店\nTEA-002,2024/6/3,4,北京店\n';
  fs.writeFileSync(file, iconv.encode(csv, 'gb18030'));

  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.expectKind('Sales (daily totals)');
  await expect(wizard.mappingRow('商品编码')).toContainText('SKU');
  await expect(wizard.mappingRow('商品编码')).toContainText('TEA-001');
  await expect(wizard.mappingRow('销量')).toContainText('Units sold');
  await expect(wizard.mappingRow('门店')).toContainText('Location');
  await expect(wizard.dialog).toContainText('Every required field has a column');
  await app.screenshot('import-columns', 'en');

  await wizard.check();
  await expect(wizard.statistic('Rows to store')).toHaveText('4');
  await expect(wizard.statistic('New SKUs')).toHaveText('2');
  await expect(wizard.dialog).toContainText('These SKUs are not in the catalogue yet and will be added: TEA-001, TEA-002');
  await expect(wizard.previewRows()).toHaveCount(4);
  await expect(wizard.previewRows().first()).toContainText('2024-06-01');
  await app.screenshot('import-check', 'en');

  await wizard.importRows(/^Import 4 rows$/);
  await expect(wizard.dialog).toContainText('Imported 4 rows from 店铺销售导出.csv');
  await expect(wizard.summary).toContainText('New SKUs');
  await wizard.viewData();
  await expect(dataPage.tab('Sales by SKU')).toHaveAttribute('aria-selected', 'true');
  await dataPage.waitForRows('salesBySku');
  await expect(dataPage.rows('salesBySku')).toHaveCount(2);
  await expect(dataPage.grid('salesBySku')).toContainText('TEA-002');
  const [entry] = await callApi(server, 'import:list');
  expect(entry).toMatchObject({ kind: 'sales', fileName: '店铺销售导出.csv', rowsStored: 4, status: 'done' });
});

test('an Excel stock sheet whose header is on row 3, on the second sheet', async ({ app, dataPage, page }) => {
  test.setTimeout(150_000);
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  await app.createEmptyWorkspace();
  await app.goTo('Data');

  const file = path.join(filesFolder(), 'stock-june.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow(['Exported from the warehouse system']);
  const sheet = workbook.addWorksheet('库存');
  sheet.addRow(['库存日报 2024-06-30']);
  sheet.addRow([]);
  sheet.addRow(['商品编码', '仓库', '可用库存', '日期']);
  sheet.addRow(['TEA-001', 'WH-SH', 120, new Date(Date.UTC(2024, 5, 30))]);
  sheet.addRow(['TEA-002', 'WH-SH', 0, new Date(Date.UTC(2024, 5, 30))]);
  sheet.addRow(['TEA-003', 'WH-BJ', 35, new Date(Date.UTC(2024, 5, 30))]);
  await workbook.xlsx.writeFile(file);

  await wizard.open();
  await wizard.chooseFile(file);
  // The first sheet is a note: the wizard picks the sheet with data, and finds its header on row 3.
  const sheetSelect = wizard.dialog.getByRole('combobox', { name: 'Sheet' });
  await expect(sheetSelect.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('库存');
  await expect(wizard.headerRow).toHaveValue('3');
  // Choosing the note sheet and back again works too.
  await wizard.select(sheetSelect, '说明');
  await expect(wizard.headerRow).toHaveValue('1');
  await wizard.select(sheetSelect, '库存');
  await expect(wizard.headerRow).toHaveValue('3');
  await wizard.expectKind('Stock on hand');
  await expect(wizard.mappingRow('可用库存')).toContainText('Stock on hand');

  await wizard.check();
  await expect(wizard.statistic('Rows to store')).toHaveText('3');
  await wizard.importRows(/^Import 3 rows$/);
  await expect(wizard.statistic('Stored')).toHaveText('3');
  await wizard.viewData();
  await expect(dataPage.tab('Stock')).toHaveAttribute('aria-selected', 'true');
  await dataPage.waitForRows('stock');
  await expect(dataPage.rows('stock')).toHaveCount(3);
  await expect(dataPage.grid('stock')).toContainText('WH-BJ');
});

test('bad rows are reported by row and column, the valid rows are imported, and undo takes them back', async ({ app, dataPage, page, server, settingsPage }) => {
  test.setTimeout(150_000);
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  await app.createEmptyWorkspace();
  await app.goTo('Data');

  const file = path.join(filesFolder(), 'catalogue.csv');
  fs.writeFileSync(
    file,
    'SKU;Product name;Unit cost;Price\nMUG-1;Blue mug;12,50;39\nMUG-2;Red mug;abc;39\nMUG-3;Green mug;13,00;-5\nMUG-4;Grey mug;11,00;35\n',
  );

  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.expectKind('Catalogue');
  await wizard.check();
  await expect(wizard.statistic('Rows with errors')).toHaveText('2');
  await expect(wizard.dialog).toContainText('2 rows have errors');
  const problemRows = wizard.problems.getByRole('row');
  await expect(problemRows.filter({ hasText: 'Not a number: "abc"' })).toContainText('catalogue.csv3Unit cost');
  await expect(problemRows.filter({ hasText: 'Cannot be negative' })).toContainText('catalogue.csv4Price');
  await expect(wizard.previewRows().nth(1)).toContainText('Not a number');

  await wizard.importRows(/^Import the 2 valid rows$/);
  await expect(wizard.statistic('Stored')).toHaveText('2');
  await expect(wizard.statistic('Skipped')).toHaveText('2');
  await wizard.viewData();
  await dataPage.waitForRows('products');
  await expect(dataPage.rows('products')).toHaveCount(2);
  await expect(dataPage.grid('products')).toContainText('Grey mug');

  await wizard.openHistory();
  await expect(wizard.historyRow('catalogue.csv')).toContainText('Imported');
  await wizard.undo('catalogue.csv');
  await page.keyboard.press('Escape');
  await expect(dataPage.grid('products').getByTestId('grid-empty')).toBeVisible();
  expect(await callApi(server, 'data:products')).toEqual([]);

  // The same wizard in Chinese.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('数据');
  await page.getByRole('button', { name: /导入$/ }).click();
  const zh = page.getByRole('dialog', { name: '导入数据' });
  await zh.locator('input[type=file]').setInputFiles(file);
  // The same file shape as before: its mapping is applied and the rows are checked at once.
  await expect(zh.getByRole('table', { name: '问题' })).toContainText('不是数字：“abc”', { timeout: 60_000 });
  await expect(zh.getByRole('region', { name: '前几行保存后的样子' }).locator('.ag-row')).toHaveCount(4);
  await expect(zh.getByRole('button', { name: '导入 2 行有效数据' })).toBeVisible();
  await app.screenshot('import-check', 'zh-CN');
  await zh.getByRole('button', { name: '取消，不导入' }).click();
  await expect(zh).toBeHidden();
  await settingsPage.page.getByRole('navigation').getByRole('menuitem', { name: '设置' }).click();
  await settingsPage.choose(settingsPage.language('English'));
});

test('a file dropped anywhere on the Data page opens the wizard with it', async ({ app, dataPage, page }) => {
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  await app.goTo('Data');
  const csv = 'Supplier name,Supplier code,Lead time (days)\nShenzhen Ceramics,SZC,35\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'suppliers.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await dataPage.root.dispatchEvent('dragover', { dataTransfer });
  await dataPage.root.dispatchEvent('drop', { dataTransfer });
  await expect(wizard.dialog).toBeVisible();
  await wizard.expectKind('Suppliers');
  await expect(wizard.mappingRow('Supplier code')).toContainText('Supplier code');
  await wizard.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(wizard.dialog).toBeHidden();
});

test('a long check and a long import can be cancelled; the workspace stays as it was', async ({ app, page, server }) => {
  test.setTimeout(240_000);
  const wizard = new ImportWizard(page);
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  await app.createEmptyWorkspace();
  await app.goTo('Data');
  const lines = ['sku,date,units,location'];
  // 4,000 SKUs × 150 days, each SKU at one of three stores.
  const day0 = Date.UTC(2023, 0, 1);
  for (let i = 0; i < 600_000; i++) {
    const date = new Date(day0 + Math.floor(i / 4000) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`S-${i % 4000},${date},${i % 9},L${i % 3}`);
  }
  const file = path.join(filesFolder(), 'two-years.csv');
  fs.writeFileSync(file, lines.join('\n'));
  const cancel = wizard.dialog.getByRole('button', { name: 'Cancel the import' });

  await wizard.open();
  await wizard.chooseFile(file);
  await wizard.checkButton.click();
  await expect(wizard.dialog.getByTestId('import-progress')).toBeVisible();
  await cancel.click();
  // Back on the columns, nothing checked; then the whole check and the import, cancelled on its way.
  await expect(wizard.checkButton).toBeVisible();
  await wizard.check();
  await wizard.dialog.getByRole('button', { name: /^Import 600,000 rows$/ }).click();
  await expect(wizard.dialog.getByTestId('import-progress')).toBeVisible();
  await cancel.click();
  await expect(wizard.dialog).toContainText('The import was cancelled; the workspace is as it was.', { timeout: 60_000 });
  expect(await callApi(server, 'data:salesBySku')).toEqual([]);
  expect(await callApi(server, 'import:list')).toEqual([]);
});
