import { test } from '../fixtures';
test('probe', async ({ app, page }) => {
  await app.waitForDemo();
  await app.goTo('Data');
  await page.locator('.ag-row').first().waitFor();
  const sizes = await page.evaluate(() => {
    const pick = (sel: string) => { const el = document.querySelector(sel); return el ? getComputedStyle(el).fontSize + ' ' + getComputedStyle(el).fontFamily.slice(0,40) : 'none'; };
    return { menu: pick('.ant-menu-title-content'), body: pick('body'), cell: pick('.ag-cell'), header: pick('.ag-header-cell-text'), subtitle: pick('.ant-typography-secondary'), tab: pick('.ant-tabs-tab-btn'), input: pick('.ant-input') };
  });
  console.log(JSON.stringify(sizes, null, 1));
});
