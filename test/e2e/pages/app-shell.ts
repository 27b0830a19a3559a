import { expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningServer } from '../server';

export const SCREENSHOT_DIR = path.join('test-results', 'screenshots');

/** Demo generation runs as a job on first start; give it time on a slow CI machine. */
export const DEMO_TIMEOUT_MS = 120_000;

/** The frame around every page: navigation, workspace switcher, job indicator. */
export class AppShell {
  readonly workspaceName: Locator;
  readonly demoTag: Locator;
  readonly switcher: Locator;
  readonly panel: Locator;
  readonly jobIndicator: Locator;

  constructor(
    readonly page: Page,
    readonly server: RunningServer,
  ) {
    this.workspaceName = page.getByTestId('workspace-name');
    this.demoTag = page.getByTestId('demo-tag');
    this.switcher = page.getByTestId('workspace-switcher');
    this.panel = page.getByTestId('workspace-panel');
    this.jobIndicator = page.getByTestId('job-indicator');
  }

  /** Opens the app with the server's token, as a user following the printed address. */
  async start(): Promise<void> {
    await this.page.goto(this.server.url);
  }

  navItem(label: string): Locator {
    return this.page.getByRole('navigation').getByRole('menuitem', { name: label });
  }

  async goTo(label: string): Promise<void> {
    await this.navItem(label).click();
  }

  async waitForDemo(): Promise<void> {
    await expect(this.demoTag).toBeVisible({ timeout: DEMO_TIMEOUT_MS });
  }

  async openSwitcher(): Promise<void> {
    await this.switcher.click();
    await expect(this.panel).toBeVisible();
  }

  /** The two-click path: open the switcher, press Create with the suggested name. */
  async createEmptyWorkspace(): Promise<string> {
    await this.openSwitcher();
    const name = await this.panel.getByRole('textbox', { name: 'Workspace name' }).inputValue();
    await this.panel.getByRole('button', { name: /\bCreate$/ }).click();
    await expect(this.workspaceName).toHaveText(name);
    return name;
  }

  async openRecentWorkspace(name: string): Promise<void> {
    await this.openSwitcher();
    await this.panel.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
    await expect(this.workspaceName).toHaveText(name);
  }

  /** Full-page PNG at test-results/screenshots/<name>-<locale>.png. */
  async screenshot(name: string, locale: string): Promise<void> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Let charts and grids finish their first layout pass.
    await this.page.waitForTimeout(300);
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${locale}.png`), fullPage: true });
  }
}
