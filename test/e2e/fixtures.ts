import { test as base } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { DataPage } from './pages/data-page';
import { SettingsPage } from './pages/settings-page';
import { startServer, type RunningServer } from './server';

interface TestFixtures {
  app: AppShell;
  dataPage: DataPage;
  settingsPage: SettingsPage;
}

interface WorkerFixtures {
  server: RunningServer;
}

/**
 * One real server per worker (the demo is generated once), a fresh browser context per test.
 * Console errors and warnings are printed so a noisy UI is noticed without failing on library chatter.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],

  app: async ({ page, server }, use, testInfo) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const app = new AppShell(page, server);
    await app.start();
    await use(app);
    if (problems.length > 0) console.log(`[${testInfo.title}] browser console:\n  ${problems.join('\n  ')}`);
  },

  dataPage: async ({ page }, use) => use(new DataPage(page)),
  settingsPage: async ({ page }, use) => use(new SettingsPage(page)),
});

export { expect } from '@playwright/test';
