import { expect, type Locator, type Page } from '@playwright/test';

export interface RowCount {
  shown: number;
  total: number;
}

/** The Data page: tabs of tables, a quick search, the row count and the grids. */
export class DataPage {
  readonly root: Locator;
  readonly search: Locator;
  readonly rowCount: Locator;
  readonly importButton: Locator;
  readonly resetColumns: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-data');
    this.search = page.getByRole('textbox', { name: 'Search this table' });
    this.rowCount = page.getByTestId('row-count');
    this.importButton = page.getByRole('button', { name: /Import$/ });
    this.resetColumns = page.getByRole('button', { name: 'Reset columns' });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  grid(key: string): Locator {
    return this.page.getByTestId(`grid-${key}`);
  }

  rows(key: string): Locator {
    return this.grid(key).locator('.ag-row');
  }

  async waitForRows(key: string): Promise<void> {
    await expect(this.rows(key).first()).toBeVisible();
  }

  /** A row the core has sent (AG Grid shows loading rows while a page is on its way). */
  loadedRow(key: string, index: number): Locator {
    return this.grid(key).locator(`.ag-row[row-index="${index}"]:not(.ag-row-loading)`);
  }

  /** To the grid's last row, as a spreadsheet user does: a cell, then Ctrl+End. */
  async scrollToEnd(key: string): Promise<void> {
    await this.rows(key).first().getByRole('gridcell').first().click();
    await this.page.keyboard.press('Control+End');
  }

  columnHeader(key: string, header: string): Locator {
    return this.grid(key).getByRole('columnheader', { name: header, exact: true });
  }

  /** The filter box under a column header (AG Grid's floating filter). */
  floatingFilter(key: string, header: string): Locator {
    // AG Grid keeps a hidden twin input for complex filters: take the one shown.
    return this.grid(key).getByLabel(`${header} Filter Input`, { exact: true }).filter({ visible: true });
  }

  /** Reads "12 of 300 rows" / "300 rows" (thousands separators allowed). */
  async readRowCount(): Promise<RowCount> {
    const text = (await this.rowCount.textContent()) ?? '';
    const numbers = [...text.matchAll(/[\d,]+/g)].map((match) => Number(match[0].replace(/,/g, '')));
    const [first = NaN, second] = numbers;
    return second === undefined ? { shown: first, total: first } : { shown: first, total: second };
  }

  async expectRowCount(expected: RowCount): Promise<void> {
    await expect.poll(() => this.readRowCount()).toEqual(expected);
  }
}
