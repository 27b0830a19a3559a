import { callApi } from './api';
import { expect, test } from './fixtures';

test('quick search and a column filter narrow the catalogue to the right rows', async ({ app, dataPage, server }) => {
  await app.waitForDemo();
  const products = await callApi(server, 'data:products');
  const total = products.length;
  expect(total).toBeGreaterThan(0);

  await app.goTo('Data');
  await dataPage.waitForRows('products');
  await dataPage.expectRowCount({ shown: total, total });

  // Quick search for one SKU: every row mentioning it in a text column stays.
  const sku = products[Math.floor(total / 2)]!.sku;
  const mentions = products.filter((row) =>
    [row.sku, row.name, row.brand, row.category, row.supplier].some((text) => text?.toLowerCase().includes(sku.toLowerCase())),
  ).length;
  await dataPage.search.fill(sku);
  await dataPage.expectRowCount({ shown: mentions, total });
  await expect(dataPage.rows('products').first()).toContainText(sku);

  await dataPage.search.clear();
  await dataPage.expectRowCount({ shown: total, total });

  // A text filter on the Brand column ("contains").
  const brand = products.find((row) => row.brand)!.brand!;
  const byBrand = products.filter((row) => row.brand?.toLowerCase().includes(brand.toLowerCase())).length;
  expect(byBrand).toBeLessThan(total);
  await dataPage.floatingFilter('products', 'Brand').fill(brand);
  await dataPage.expectRowCount({ shown: byBrand, total });

  // A number filter on top of it: Price equals the first product's price of that brand.
  const price = products.find((row) => row.brand === brand && row.price !== null)!.price!;
  const byBrandAndPrice = products.filter(
    (row) => row.brand?.toLowerCase().includes(brand.toLowerCase()) && row.price === price,
  ).length;
  await dataPage.floatingFilter('products', 'Price').fill(String(price));
  await dataPage.expectRowCount({ shown: byBrandAndPrice, total });

  await dataPage.floatingFilter('products', 'Price').clear();
  await dataPage.floatingFilter('products', 'Brand').clear();
  await dataPage.expectRowCount({ shown: total, total });
});

test('sorting and column sizes are remembered; the keyboard moves between cells', async ({ app, dataPage, page }) => {
  await app.waitForDemo();
  await app.goTo('Data');
  await dataPage.waitForRows('products');

  const price = dataPage.columnHeader('products', 'Price');
  await price.click();
  await expect(price).toHaveAttribute('aria-sort', 'ascending');

  await page.reload();
  await dataPage.waitForRows('products');
  await expect(dataPage.columnHeader('products', 'Price')).toHaveAttribute('aria-sort', 'ascending');

  await dataPage.resetColumns.click();
  await expect(dataPage.columnHeader('products', 'Price')).toHaveAttribute('aria-sort', 'none');

  // Spreadsheet-like navigation: arrow keys move the focused cell.
  await dataPage.rows('products').first().getByRole('gridcell').first().click();
  await page.keyboard.press('ArrowDown');
  await expect(dataPage.grid('products').locator('.ag-cell-focus')).toHaveCount(1);
  await expect(dataPage.grid('products').locator('.ag-row-focus')).toHaveAttribute('row-index', '1');
});

test('purchase-order lines come from the core a page at a time: scrolled to the end, sorted and filtered like the catalogue', async ({ app, dataPage, server }) => {
  await app.waitForDemo();
  const page = (query: object) => callApi(server, 'data:purchaseOrdersPage', { offset: 0, limit: 1, ...query });
  const { total } = await page({});
  // More lines than the grid asks for at once (100): scrolling has to fetch more.
  expect(total).toBeGreaterThan(300);

  await app.goTo('Data');
  await dataPage.tab('Purchase orders').click();
  await dataPage.waitForRows('purchaseOrders');
  await dataPage.expectRowCount({ shown: total, total });

  await dataPage.scrollToEnd('purchaseOrders');
  const last = (await page({ offset: total - 1 })).rows[0]!;
  await expect(dataPage.loadedRow('purchaseOrders', total - 1).locator('[col-id="sku"]')).toHaveText(last.sku);

  // Sorted by quantity, largest first (second click): the first row is the core's largest.
  const largest = (await page({ sort: [{ colId: 'qtyOrdered', sort: 'desc' }] })).rows[0]!;
  const header = dataPage.columnHeader('purchaseOrders', 'Qty ordered');
  await header.click();
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(dataPage.loadedRow('purchaseOrders', 0).locator('[col-id="qtyOrdered"]')).toHaveText(largest.qtyOrdered.toLocaleString('en-US'));

  // The status column shows words; typing some keeps the lines whose status contains them ("Received", "Partly received").
  const received = (await page({ filter: { status: { filterType: 'codes', values: ['received', 'partial'] } } })).matched;
  expect(received).toBeGreaterThan(0);
  expect(received).toBeLessThan(total);
  await dataPage.floatingFilter('purchaseOrders', 'Status').fill('Received');
  await dataPage.expectRowCount({ shown: received, total });
  await expect(dataPage.loadedRow('purchaseOrders', 0).locator('[col-id="status"]')).toHaveText(/Received|Partly received/);
  await dataPage.floatingFilter('purchaseOrders', 'Status').clear();
  await dataPage.expectRowCount({ shown: total, total });
});
