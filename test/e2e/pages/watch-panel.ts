import { expect, type Locator, type Page } from '@playwright/test';

/** The Data page's watched folders drawer: add a folder, its state, the ledger of files seen. */
export class WatchPanel {
  readonly drawer: Locator;
  readonly pathInput: Locator;
  readonly ledger: Locator;

  constructor(readonly page: Page) {
    this.drawer = page.getByRole('dialog', { name: 'Watched folders' });
    this.pathInput = this.drawer.getByRole('textbox', { name: /Full path of a folder/ });
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

  /** Browser mode: the path is typed (or pasted), as there is no folder dialog. */
  async addFolder(folderPath: string): Promise<void> {
    await this.pathInput.fill(folderPath);
    await this.drawer.getByRole('button', { name: /Watch this folder$/ }).click();
    await expect(this.folder(folderPath)).toBeVisible();
  }

  folder(folderPath: string): Locator {
    return this.drawer.getByTestId('watch-folder').filter({ hasText: folderPath });
  }

  /** The ledger's row for a file (the newest version first). */
  file(name: string): Locator {
    return this.ledger.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }
}
