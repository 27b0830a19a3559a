import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from './server';

test('a last workspace that cannot be opened is named on the welcome screen, with its backups a click away', async ({ page }) => {
  // A home whose last workspace is no longer a database (a half-copied file, a bad disk).
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-e2e-startup-'));
  const file = path.join(home, 'workspaces', 'Spring range.supplydesk');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'not a database any more');
  const recent = [{ path: file, name: 'Spring range', kind: 'user', openedAt: new Date().toISOString() }];
  fs.writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ settings: { locale: 'en', theme: 'light' }, recent, lastOpened: file }));

  const server = await startServer({ home });
  try {
    await page.goto(server.url);
    const problem = page.getByTestId('startup-problem');
    await expect(problem).toContainText('“Spring range”, could not be opened');
    await problem.getByRole('button', { name: 'Restore from a backup' }).click();
    // The card opens on that workspace's backups (none yet here), ready to check it.
    await expect(page.getByTestId('backup-settings')).toContainText('Spring range');
    await expect(page.getByTestId('backup-settings').getByRole('button', { name: 'Check for damage' })).toBeEnabled();
    await page.screenshot({ path: 'test-results/screenshots/startup-problem-en.png' });
    // Nothing was changed or replaced.
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database any more');
  } finally {
    await server.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
