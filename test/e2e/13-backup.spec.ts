import fs from 'node:fs';
import path from 'node:path';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { ForecastsPage } from './pages/forecasts-page';

test('backups: back up, change the workspace, restore, and see the old state again', async ({ app, page, server, settingsPage }) => {
  test.setTimeout(150_000);
  const forecasts = new ForecastsPage(page);
  await app.waitForDemo();

  // A backup of the demo as it is (tests before this one in the worker may have made forecasts).
  const runsBefore = (await callApi(server, 'forecast:runs')).length;
  await app.goTo('Settings');
  await expect(settingsPage.backups).toContainText('keeps the latest 10 backups and one a day for 7 days');
  await settingsPage.backUpNow();
  await expect(settingsPage.backupRow('By you')).toBeVisible();

  // Change something: run a forecast.
  await app.goTo('Forecasts');
  await forecasts.startRun({ frequency: 'Weekly', horizon: 4 });
  await expect(page.getByText('The demand forecast is ready')).toBeVisible({ timeout: 90_000 });
  expect(await callApi(server, 'forecast:runs')).toHaveLength(runsBefore + 1);

  // Check it, then restore the backup taken before the forecast.
  await app.goTo('Settings');
  await settingsPage.backups.getByRole('button', { name: 'Check for damage' }).click();
  // The report stays while the alerts check that follows the forecast finishes and the header refreshes.
  await expect(settingsPage.integrityReport).toContainText('No damage found');
  await settingsPage.restore(settingsPage.backupRow('By you'));
  await expect(page.getByText(/Workspace restored to/)).toBeVisible();
  // The state just replaced was backed up first.
  await expect(settingsPage.backupRow('Before restore')).toBeVisible();
  await app.screenshot('settings-backups', 'en');

  // The old state: without that forecast.
  await app.goTo('Forecasts');
  if (runsBefore === 0) await expect(forecasts.emptyState).toContainText('No demand forecast yet');
  expect(await callApi(server, 'forecast:runs')).toHaveLength(runsBefore);

  // And back again, in Chinese: the forecast run returns.
  await app.goTo('Settings');
  await settingsPage.choose(settingsPage.language('中文'));
  await settingsPage.restore(settingsPage.backupRow('恢复前'), /^恢\s?复$/);
  await expect(page.getByText(/工作区已恢复到/)).toBeVisible();
  await expect.poll(async () => (await callApi(server, 'forecast:runs')).length).toBe(runsBefore + 1);
  await app.screenshot('settings-backups', 'zh-CN');
  await settingsPage.choose(settingsPage.language('English'));
});

test('save a copy as: the copy becomes the open workspace, the original stays', async ({ app, page, server, settingsPage }) => {
  await app.waitForDemo();
  const original = await callApi(server, 'workspace:current');
  await app.goTo('Settings');
  await settingsPage.backups.getByRole('button', { name: 'Save a copy as…' }).click();
  await page.getByRole('textbox', { name: 'Name of the copy' }).fill('Spring plan');
  await page.getByRole('button', { name: 'Save and open the copy' }).click();
  await expect(page.getByTestId('workspace-path')).toContainText('Spring-plan.supplydesk');
  const copy = await callApi(server, 'workspace:current');
  expect(copy?.path).not.toBe(original?.path);
  // The copy has its own (empty) backup list; the original is still on the recent list.
  await expect(settingsPage.backupRows).toHaveCount(0);
  const list = await callApi(server, 'workspace:list');
  expect(list.recent.map((r) => r.path)).toEqual(expect.arrayContaining([original!.path, copy!.path]));
  await callApi(server, 'workspace:open', { path: original!.path });
});

test('a damaged workspace is found by the check and restored from its backup', async ({ app, page, server, settingsPage }) => {
  await app.waitForDemo();
  const demo = await callApi(server, 'workspace:current');
  // A second workspace with a backup, then damaged on disk while the demo is open.
  const shop = await callApi(server, 'workspace:create', { name: 'Damaged shop' });
  await callApi(server, 'backup:create');
  await callApi(server, 'workspace:open', { path: demo!.path });
  damageLastPages(shop.path);
  await expect(callApi(server, 'workspace:open', { path: shop.path })).rejects.toThrow(/damaged/);

  await app.goTo('Settings');
  await settingsPage.backups.getByRole('combobox', { name: 'Workspace' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Damaged shop' }).click();
  await settingsPage.backups.getByRole('button', { name: 'Check for damage' }).click();
  await expect(settingsPage.integrityReport).toContainText('This workspace is damaged');
  await settingsPage.restore(settingsPage.backupRow('By you'));
  await expect(page.getByText(/Workspace restored to/)).toBeVisible();
  expect((await callApi(server, 'workspace:current'))?.path).toBe(shop.path);
  // The damaged file was kept beside the restored one.
  expect(fs.readdirSync(path.dirname(shop.path)).some((f) => f.startsWith('Damaged-shop.supplydesk.damaged-'))).toBe(true);
  await callApi(server, 'workspace:open', { path: demo!.path });
});

/** Junk over the last b-tree pages of a closed workspace: SQLite's quick check then fails. */
function damageLastPages(file: string): void {
  const pageSize = 4096;
  const pages = fs.statSync(file).size / pageSize;
  const fd = fs.openSync(file, 'r+');
  for (let p = Math.max(1, pages - 8); p < pages; p++) fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, p * pageSize);
  fs.closeSync(fd);
}
