import { expect, type Locator, type Page } from '@playwright/test';

/** The import wizard on the Data page, and the import history drawer beside it. */
export class ImportWizard {
  readonly dialog: Locator;
  readonly kind: Locator;
  readonly headerRow: Locator;
  readonly checkButton: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import data' });
    this.kind = this.dialog.getByRole('combobox', { name: 'What is in this file?' });
    this.headerRow = this.dialog.getByRole('spinbutton', { name: 'Header row' });
    this.checkButton = this.dialog.getByRole('button', { name: 'Check the rows' });
    this.summary = this.dialog.getByTestId('import-summary');
    this.problems = this.dialog.getByRole('table', { name: 'Problems' });
    this.history = page.getByRole('dialog', { name: 'Import history' });
  }

  async open(): Promise<void> {
    // The icon's label comes first in the name ("import Import"); "Import history" does not end so.
    await this.page.getByRole('button', { name: /Import$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Picks a file in the wizard's file input, as the browser's file chooser would (it is uploaded). */
  async chooseFile(file: string): Promise<void> {
    await this.dialog.locator('input[type=file]').setInputFiles(file);
    await expect(this.kind).toBeVisible({ timeout: 30_000 });
  }

  /** Picks an option of an antd select by its visible text (the listbox options in the a11y tree are hidden twins). */
  async select(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  }

  /** The mapping table's row for a file column: its header, samples, field and confidence. */
  mappingRow(header: string): Locator {
    return this.dialog.getByRole('row').filter({ has: this.page.getByRole('combobox', { name: header, exact: true }) });
  }

  /** The kind select shows the chosen kind's name beside the combobox input. */
  async expectKind(label: string): Promise<void> {
    await expect(this.kind.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText(label);
  }

  /** Checks the whole file (a job), waiting for the preview and problem report. */
  async check(): Promise<void> {
    await this.checkButton.click();
    await expect(this.dialog.getByText('The first rows as they will be stored')).toBeVisible({ timeout: 60_000 });
  }

  statistic(title: string): Locator {
    return this.dialog.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
  }

  previewRows(): Locator {
    return this.dialog.getByRole('region', { name: 'The first rows as they will be stored' }).locator('.ag-row');
  }

  /** Presses the import button ("Import 4 rows" / "Import the 2 valid rows") and waits for the summary. */
  async importRows(name: RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name }).click();
    await expect(this.summary).toBeVisible({ timeout: 60_000 });
  }

  async viewData(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'See the data' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async openHistory(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import history' }).click();
    await expect(this.history).toBeVisible();
  }

  historyRow(fileName: string): Locator {
    return this.history.getByRole('row').filter({ hasText: fileName });
  }

  async undo(fileName: string): Promise<void> {
    await this.historyRow(fileName).getByRole('button', { name: 'Undo' }).click();
    await this.page.getByRole('tooltip').or(this.page.locator('.ant-popover')).getByRole('button', { name: 'OK' }).click();
    await expect(this.historyRow(fileName)).toContainText('Undone');
  }
}
