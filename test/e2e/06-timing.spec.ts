import { test } from './fixtures';

test('time from opening the Data page to the catalogue grid showing rows', async ({ app, dataPage, page }) => {
  await app.waitForDemo();
  // Nothing of the catalogue is loaded yet in this fresh page: this measures fetch + grid render.
  const started = Date.now();
  await app.goTo('Data');
  await dataPage.rows('products').first().waitFor({ state: 'visible' });
  const elapsed = Date.now() - started;
  console.log(`catalogue grid shown in ${elapsed} ms`);
  await page.waitForTimeout(0);
});
