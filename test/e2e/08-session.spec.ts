import { expect, test } from './fixtures';

test('without the token the app says the session expired and what to do', async ({ browser, server }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.origin);
  await expect(page.getByTestId('startup-error')).toContainText('Your session has expired.');
  await expect(page.getByTestId('startup-error')).toContainText('Restart SupplyDesk');
  await context.close();
});

test('the token is taken out of the address bar and survives a reload', async ({ app, page }) => {
  await app.waitForDemo();
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(app.demoTag).toBeVisible();
});
