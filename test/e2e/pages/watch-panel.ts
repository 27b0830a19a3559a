import { expect, type Locator, type Page } from '@playwright/test';

/** The Data page's watched folders drawer: add a folder, its state, the ledger of files seen. */
export class WatchPanel {
  readonly drawer: Locator;
  readonly choices: Locator;
  readonly ledger: Locator;

  constructor(readonly page: Page) {
    this.drawer = page.getByRole('dialog', { name: 'Watched folders' });
    this.choices = this.drawer.getByTestId('watch-choices');
    this.ledger = this.drawer.getByTestId('watch-ledger');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /Watched folders$/ }).click();
    await expect(this.drawer).toBeVisible();
  }

  async close(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Close' }).click();
    await expect(this.drawer).toBeHidden();
  }

  /**
   * Browser mode has no folder dialog and watches no typed path: the folder is one the drawer
   * offers (the inbox, a folder made in it, a folder confirmed at start). Refresh picks up one just made.
   */
  async addFolder(folderPath: string): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Refresh' }).click();
    const choice = this.choices.getByTestId('watch-choice').filter({ hasText: folderPath });
    await choice.getByRole('button', { name: `Watch this folder: ${folderPath}`, exact: true }).click();
    await expect(this.folder(folderPath)).toBeVisible();
    await expect(choice.getByRole('button', { name: `Watch this folder: ${folderPath}`, exact: true })).toHaveText('Watched');
  }

  folder(folderPath: string): Locator {
    return this.drawer.getByTestId('watch-folder').filter({ hasText: folderPath });
  }

  /** The ledger's row for a file (the newest version first). */
  file(name: string): Locator {
    return this.ledger.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }
}
