import { expect, test } from './fixtures';

test('first start opens the demo workspace, labelled Demo', async ({ app, page }) => {
  await app.waitForDemo();
  await expect(app.demoTag).toContainText('Demo');
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  // Real figures from workspace:info, not placeholders.
  const figures = page.getByTestId('key-figures');
  await expect(figures).toContainText('SKUs in catalogue');
  await expect(figures.getByText(/^\d[\d,]*$/).first()).toBeVisible();
  await app.screenshot('first-start', 'en');
});
