import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { ReplenishmentPage } from './pages/replenishment-page';
import { everyRow } from '../helpers/every-row';

const money = (value: number, currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);

test('replenishment: make a plan, edit and lock a line, approve a draft into a PO, simulate, export, in Chinese too', async ({
  app,
  page,
  server,
  dataPage,
  settingsPage,
}) => {
  test.setTimeout(300_000);
  const plan = new ReplenishmentPage(page);
  await app.waitForDemo();
  await app.goTo('Replenishment');

  await expect(plan.emptyState).toContainText('No replenishment plan yet');
  // Without a forecast (this worker's earlier tests may have made one) the page says a plan needs
  // one; the forecast is then seeded through the API (the Forecasts spec drives that UI).
  if ((await callApi(server, 'forecast:runs')).length === 0) {
    await expect(plan.emptyState).toContainText('Run one first');
    const { jobId } = await callApi(server, 'forecast:start', { frequency: 'week', horizon: 13 });
    await expect
      .poll(async () => (await callApi(server, 'jobs:list')).find((job) => job.jobId === jobId)?.status, { timeout: 180_000 })
      .toBe('done');
  }
  await expect(plan.makePlan).toBeVisible({ timeout: 15_000 });

  // Make a plan: a job with progress; the grid fills with its lines.
  await plan.makePlan.click();
  await expect(page.getByText('The replenishment plan is ready')).toBeVisible({ timeout: 60_000 });
  const [made] = await callApi(server, 'planning:plans');
  const rows = await everyRow((channel, input) => callApi(server, channel, input), 'planning:linePage', { planId: made!.id });
  const drafts = (await callApi(server, 'planning:drafts', { planId: made!.id })).drafts;
  await expect(plan.summary).toContainText(`${made!.summary.linesToOrder.toLocaleString('en-US')} lines to order`);
  await expect.poll(() => plan.readRowCount()).toEqual([rows.length, rows.length]);
  await expect(plan.draftCards).toHaveCount(drafts.length);
  await expect(plan.columnHeader('Supplier')).toHaveAttribute('aria-sort', 'ascending');
  await app.screenshot('replenishment', 'en');

  // Containers: an overseas supplier's card shows its fill against its own drafts' figures, and a
  // line that ships in containers shows its volume in the detail.
  const boxed = drafts.find((d) => d.status === 'draft' && d.container !== null && d.container.status !== 'no_data')!;
  const boxedCard = plan.draftCard(boxed.supplier, boxed.location);
  await expect(boxedCard.getByTestId('draft-container')).toHaveAttribute('data-status', boxed.container!.status);
  await expect(boxedCard.getByTestId('draft-container-fill')).toContainText(`${boxed.container!.containers} × `);
  await expect(boxedCard.getByTestId('draft-container-fill')).toContainText(`${Math.round(boxed.container!.fill * 100)}% full`);
  if (boxed.container!.cutLines > 0) await expect(boxedCard.getByTestId('container-cut')).toContainText(`${boxed.container!.cutLines} cut to fit`);
  const unboxed = drafts.find((d) => d.status === 'draft' && d.container === null)!;
  await expect(plan.draftCard(unboxed.supplier, unboxed.location).getByTestId('draft-container')).toHaveCount(0);
  const shipped = rows.filter((r) => r.supplierId === boxed.supplierId && r.locationId === boxed.locationId && r.quantity > 0 && r.unitVolume !== null)[0]!;
  await boxedCard.click();
  await plan.openLine(shipped.lineId);
  await expect(plan.detail.getByTestId('detail-space')).toContainText('m³');
  await expect(plan.detail.getByTestId('detail-space')).toContainText('of one ');
  await plan.detail.getByRole('button', { name: 'Close' }).click();
  await plan.draftCards.first().locator('..').getByText('All suppliers').click();
  await expect.poll(() => plan.readRowCount()).toEqual([rows.length, rows.length]);

  // A rounded line: its supplier's card shows only that supplier's lines, with the rounding spelled out.
  const line = rows.filter((r) => r.quantity > 0 && r.roundingParts.some((p) => p.step === 'case_pack')).sort((a, b) => b.value - a.value)[0]!;
  const card = plan.draftCard(line.supplier!, line.location);
  await card.click();
  const sameSupplier = rows.filter((r) => r.supplierId === line.supplierId && r.locationId === line.locationId).length;
  await expect.poll(() => plan.readRowCount()).toEqual([sameSupplier, rows.length]);
  await expect(plan.cell(line.lineId, 'rounding')).toContainText(/→ [\d,.]+: case pack [\d,.]+/);

  // Edit the quantity in the grid: the line is marked and the supplier's draft total follows.
  const draft = drafts.find((d) => d.supplierId === line.supplierId && d.locationId === line.locationId)!;
  await expect(card.getByTestId('draft-value')).toHaveText(money(draft.value, draft.currency));
  const quantity = line.quantity + line.orderMultiple * 2;
  await plan.editQuantity(line.lineId, quantity);
  await expect(plan.cell(line.lineId, 'quantity')).toContainText(quantity.toLocaleString('en-US'));
  await expect(plan.row(line.lineId).getByTestId('marker-edited').first()).toBeVisible();
  const newTotal = Math.round((draft.value + line.orderMultiple * 2 * (line.unitCost ?? 0)) * 100) / 100;
  await expect(card.getByTestId('draft-value')).toHaveText(money(newTotal, draft.currency));

  // Lock it: kept through budget cuts and re-plans.
  const lock = plan.row(line.lineId).getByTestId('lock-toggle').first();
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  expect((await everyRow((channel, input) => callApi(server, channel, input), 'planning:linePage', { planId: made!.id })).find((r) => r.lineId === line.lineId)).toMatchObject({ locked: true, quantity });

  // Its detail: the projected stock chart and the figures behind the quantity.
  await plan.openLine(line.lineId);
  await expect(plan.detail).toContainText(line.sku);
  await expect(plan.detail.getByTestId('projected-stock-chart').locator('canvas').first()).toBeVisible();
  await expect(plan.detail.getByTestId('plan-explanation')).toContainText('Lead time');
  await expect(plan.detail.getByTestId('detail-quantity')).toContainText(`order ${quantity.toLocaleString('en-US')}`);
  await app.screenshot('replenishment-detail', 'en');

  // A service target for this SKU alone, from its detail: kept for the next plan.
  const skuTarget = plan.detail.getByTestId('sku-target');
  await skuTarget.getByRole('spinbutton', { name: `Service target for SKU ${line.sku}` }).fill('97.5');
  await skuTarget.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Service target for ${line.sku} saved`)).toBeVisible();
  expect((await callApi(server, 'planning:settings')).overrides).toContainEqual({ scope: 'sku', scopeKey: String(line.productId), serviceLevel: 0.975 });
  await expect(skuTarget).toContainText('own target');

  // Approve the draft: it becomes an open purchase order.
  await plan.approve(card);
  await expect(page.getByText(/Purchase order SD-\d+-\d+ opened/)).toBeVisible();
  await expect(plan.draftCard(line.supplier!, line.location, 'approved')).toBeVisible();

  // Download that supplier's purchase order from its card: an XLSX with the header and the lines.
  const approvedCard = plan.draftCard(line.supplier!, line.location, 'approved');
  const poDownloading = page.waitForEvent('download');
  await approvedCard.getByRole('button', { name: 'Download PO' }).click();
  const poDownload = await poDownloading;
  expect(poDownload.suggestedFilename()).toMatch(new RegExp(`^PO-${line.supplier}-${line.location}-plan${made!.id}(-\\d+)?\\.xlsx$`));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await poDownload.path())!);
  const sheet = workbook.getWorksheet('Purchase order')!;
  // Array.from: the sheet's values are sparse, with holes for the blank rows.
  const sheetRows = Array.from(sheet.getSheetValues()).slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
  const field = (label: string) => sheetRows.find((r) => r[0] === label)?.slice(1);
  expect(field('Supplier')).toEqual([line.supplier, line.supplierName]);
  expect(field('Ship to')).toEqual([line.location]);
  expect(field('Order date')).toEqual([draft.orderDate]);
  const draftRows = rows.filter((r) => r.supplierId === line.supplierId && r.locationId === line.locationId && r.quantity > 0);
  const headerAt = sheetRows.findIndex((r) => r[0] === 'line');
  expect(sheetRows[headerAt]!.slice(0, 6)).toEqual(['line', 'sku', 'name', 'quantity', 'unit_cost', 'amount']);
  const poLines = sheetRows.slice(headerAt + 1, headerAt + 1 + draftRows.length);
  expect(poLines.map((r) => r[1]).sort()).toEqual(draftRows.map((r) => r.sku).sort());
  const edited = poLines.find((r) => r[1] === line.sku)!;
  expect(edited.slice(2, 6)).toEqual([line.name, quantity, line.unitCost, Math.round(quantity * (line.unitCost ?? 0) * 100) / 100]);
  expect(field('Units')).toEqual([draftRows.reduce((sum, r) => sum + (r.lineId === line.lineId ? quantity : r.quantity), 0)]);
  expect(field('Containers')).toBeDefined();

  const orders = (await callApi(server, 'data:purchaseOrders')).filter((po) => po.poNumber.startsWith(`SD-${made!.id}-`));
  expect(orders.length).toBe(draft.lines);
  await app.goTo('Data');
  await dataPage.tab('Purchase orders').click();
  await dataPage.waitForRows('purchaseOrders');
  await dataPage.search.fill(orders[0]!.poNumber);
  await dataPage.expectRowCount({ shown: draft.lines, total: (await callApi(server, 'data:purchaseOrders')).length });
  const poRow = dataPage.rows('purchaseOrders').filter({ hasText: line.sku }).first();
  await expect(poRow).toContainText('Open');
  await expect(poRow).toContainText(quantity.toLocaleString('en-US'));

  // A small simulation: both policies side by side.
  await app.goTo('Replenishment');
  await plan.tab('Simulation').click();
  await plan.simulationForm.getByText('Last 3 months').click();
  await plan.simulationForm.getByRole('checkbox', { name: 'Service-vs-inventory curve' }).uncheck();
  await plan.simulationForm.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByText('The policy simulation is ready')).toBeVisible({ timeout: 120_000 });
  const [simulation] = await callApi(server, 'planning:simulations');
  await expect(plan.simulationResults).toContainText('Current min/max');
  await expect(plan.simulationResults).toContainText('SupplyDesk');
  const fill = plan.simulationResults.getByRole('row', { name: /Fill rate/ });
  await expect(fill).toContainText(`${(simulation!.results.supplydesk.fillRate * 100).toFixed(1).replace(/\.0$/, '')}%`);
  await expect(fill).toContainText(`${(simulation!.results.current.fillRate * 100).toFixed(1).replace(/\.0$/, '')}%`);
  await app.screenshot('replenishment-simulation', 'en');

  // Export the plan as CSV: a real download in the platform format. The edited line was approved:
  // the default export (what still needs ordering) leaves it out; with approved lines it carries its PO.
  await plan.tab('Plan').click();
  const exportCsv = async (menuItem: string) => {
    const downloading = page.waitForEvent('download');
    await plan.exportButton.click();
    await page.getByRole('menuitem', { name: menuItem }).click();
    const download = await downloading;
    return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '') };
  };
  const editedLine = `${made!.id},${made!.planDate},${line.sku},${line.location},${line.supplier},${quantity},`;
  const plain = await exportCsv('Plan for the platform (CSV)');
  expect(plain.name).toBe(`supplydesk-plan-${made!.id}-${made!.planDate}.csv`);
  const [header, ...lines] = plain.text.trim().split('\r\n');
  expect(header).toMatch(/^plan_id,plan_date,sku,location,supplier,quantity,unit_cost,currency,moq,order_multiple/);
  expect(header).toMatch(/,status,po_number(,|$)/);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.some((l) => l.startsWith(editedLine))).toBe(false);
  const withApproved = (await exportCsv('With approved lines and PO numbers (CSV)')).text.trim().split('\r\n');
  expect(withApproved.find((l) => l.startsWith(editedLine))).toMatch(new RegExp(`,approved,SD-${made!.id}-\\d{3}(,|$)`));

  // Settings: a class's service target and a budget, kept for the next plan.
  await page.getByRole('button', { name: 'Planning settings' }).click();
  const settings = page.getByTestId('plan-settings');
  await settings.getByRole('spinbutton', { name: 'Service target for AX' }).fill('99');
  await settings.getByRole('spinbutton', { name: 'Budget for a plan' }).fill('50000');
  const { categories } = await callApi(server, 'planning:settings');
  const category = categories[0]!;
  await settings.getByTestId('category-targets').getByRole('spinbutton', { name: `Service target for ${category}` }).fill('90');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Planning settings saved')).toBeVisible();
  const saved = await callApi(server, 'planning:settings');
  expect(saved.budget).toBe(50000);
  expect(saved.classes.find((c) => c.cls === 'AX')?.serviceLevel).toBeCloseTo(0.99, 9);
  expect(saved.overrides).toContainEqual({ scope: 'category', scopeKey: category, serviceLevel: 0.9 });
  // Opened again, the drawer shows the saved category target.
  await page.getByRole('button', { name: 'Planning settings' }).click();
  await expect(settings.getByTestId('category-targets').getByRole('spinbutton', { name: `Service target for ${category}` })).toHaveValue('90.0');
  await page.keyboard.press('Escape');

  // The same page in Chinese.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await app.goTo('补货计划');
  await expect(page.getByRole('heading', { name: '补货计划' })).toBeVisible();
  await expect(plan.columnHeader('订货量')).toBeVisible();
  await expect(plan.draftCard(line.supplier!, line.location, 'approved')).toContainText('已批准');
  await page.getByRole('textbox', { name: '搜索计划' }).fill(line.sku);
  await expect(plan.cell(line.lineId, 'rounding')).toContainText('箱规');
  // The line's reason and flags in Chinese too (the export keeps English).
  await plan.openLine(line.lineId);
  await plan.detail.getByText('完整原因说明').click();
  await expect(plan.detail.getByTestId('plan-reason')).toContainText('需覆盖');
  await expect(plan.detail.getByTestId('plan-reason')).toContainText('计划员已修改');
  await expect(plan.detail.getByTestId('plan-reason')).not.toContainText('demand');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await app.screenshot('replenishment', 'zh-CN');
  await app.goTo('设置');
  await settingsPage.choose(settingsPage.language('English'));
  await expect(app.navItem('Settings')).toBeVisible();
});
