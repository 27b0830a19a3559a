import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings page: language and theme are antd button-style radios; the Backups card. */
export class SettingsPage {
  readonly root: Locator;
  readonly backups: Locator;
  readonly backupRows: Locator;
  readonly integrityReport: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-settings');
    this.backups = page.getByTestId('backup-settings');
    this.backupRows = this.backups.getByTestId('backup-table').locator('tbody tr.ant-table-row');
    this.integrityReport = page.getByTestId('integrity-report');
  }

  /** The radio for a language by its visible label: "English", "中文", or "System (…)". */
  language(label: string | RegExp): Locator {
    // Language names are written in their own language, so they are the same in every UI language.
    return this.root.getByRole('radio', { name: label, exact: true });
  }

  theme(label: string): Locator {
    return this.root.getByRole('radio', { name: label, exact: true });
  }

  /** Clicks the visible button of a radio (its input is visually hidden). */
  async choose(radio: Locator): Promise<void> {
    await radio.locator('xpath=ancestor::label[1]').click();
  }

  /** A backup's row by the reason shown ("By you", "Before restore", …); the newest such row. */
  backupRow(reason: string): Locator {
    return this.backupRows.filter({ hasText: reason }).first();
  }

  async backUpNow(buttonLabel = 'Back up now'): Promise<void> {
    const before = await this.backupRows.count();
    await this.backups.getByRole('button', { name: buttonLabel }).click();
    await expect(this.backupRows).toHaveCount(before + 1);
  }

  /** Restore from a row, confirming in the pop-up (antd spaces out two-character Chinese labels: "恢 复"). */
  async restore(row: Locator, buttonLabel: string | RegExp = 'Restore'): Promise<void> {
    await row.getByRole('button', { name: buttonLabel }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: buttonLabel }).click();
  }
}
