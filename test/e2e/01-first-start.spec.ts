import { expect, test } from './fixtures';

test('first start opens the demo workspace, labelled Demo', async ({ app, page }) => {
  await app.waitForDemo();
  await expect(app.demoTag).toContainText('Demo');
  await expect(app.workspaceName).not.toHaveText('No workspace open');
  // Real key figures of the demo's data, not placeholders.
  const figures = page.getByTestId('key-figures');
  await expect(figures).toContainText('Stock value (at cost)', { timeout: 60_000 });
  await expect(figures.getByTestId('figure-value').first()).toHaveText(/\d/);
  await expect(page.getByTestId('page-dashboard')).toContainText('Getting started');
  await app.screenshot('first-start', 'en');
});
