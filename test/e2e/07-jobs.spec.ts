import { callApi } from './api';
import { expect, test } from './fixtures';
import { DEMO_TIMEOUT_MS } from './pages/app-shell';

test('creating a demo shows its progress and a cancel button in the header, then opens it', async ({ app, page }) => {
  await app.waitForDemo();
  const before = (await app.workspaceName.textContent()) ?? '';
  await app.openSwitcher();
  await app.panel.getByRole('button', { name: /Create demo workspace/ }).click();

  await expect(app.jobIndicator).toBeVisible();
  await expect(app.jobIndicator.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(app.jobIndicator).toContainText('Demo workspace');
  await app.screenshot('job-progress', 'en');

  await expect(app.jobIndicator).toBeHidden({ timeout: DEMO_TIMEOUT_MS });
  await expect(page.getByText('The demo workspace is ready')).toBeVisible();
  await expect(app.demoTag).toBeVisible();
  // A second demo gets its own file; the recent list now holds both.
  await app.openSwitcher();
  await expect(app.panel.getByRole('button', { name: new RegExp(`^${before}`) })).toHaveCount(2);
});

test('a running job can be cancelled from the header', async ({ app, page, server }) => {
  await app.waitForDemo();
  const current = (await app.workspaceName.textContent()) ?? '';
  // A large demo takes long enough to cancel reliably; it is started the way the CLI or a script would.
  await callApi(server, 'workspace:createDemo', { skus: 20_000, name: 'Cancelled demo' });

  await expect(app.jobIndicator).toBeVisible();
  await app.jobIndicator.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Demo workspace: cancelled')).toBeVisible({ timeout: 30_000 });
  await expect(app.jobIndicator).toBeHidden();
  await expect(app.workspaceName).toHaveText(current);
});
