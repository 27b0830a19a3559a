import { expect, type Locator, type Page } from '@playwright/test';

/** The Replenishment page: plan header, draft cards, the plan grid, line detail, simulation tab, settings. */
export class ReplenishmentPage {
  readonly root: Locator;
  readonly emptyState: Locator;
  readonly makePlan: Locator;
  readonly progress: Locator;
  readonly summary: Locator;
  readonly grid: Locator;
  readonly rowCount: Locator;
  readonly draftCards: Locator;
  readonly budgetBar: Locator;
  readonly detail: Locator;
  readonly exportButton: Locator;
  readonly simulationForm: Locator;
  readonly simulationResults: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-replenishment');
    this.emptyState = page.getByTestId('plan-empty');
    this.makePlan = page.getByTestId('make-plan').first();
    this.progress = page.getByTestId('plan-progress').first();
    this.summary = page.getByTestId('plan-summary');
    this.grid = page.getByTestId('grid-plan');
    this.rowCount = page.getByTestId('plan-row-count');
    this.draftCards = page.getByTestId('draft-card');
    this.budgetBar = page.getByTestId('budget-bar');
    this.detail = page.getByTestId('plan-line-detail');
    this.exportButton = page.getByTestId('export-plan');
    this.simulationForm = page.getByTestId('simulation-form');
    this.simulationResults = page.getByTestId('simulation-results');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** A plan line's row (the row id is the line id). */
  row(lineId: number): Locator {
    return this.grid.locator(`.ag-row[row-id="${lineId}"]`);
  }

  cell(lineId: number, colId: string): Locator {
    // Pinned columns live in their own row container: any of the row's parts may hold the cell.
    return this.grid.locator(`.ag-row[row-id="${lineId}"] [col-id="${colId}"]`).first();
  }

  columnHeader(header: string): Locator {
    return this.grid.getByRole('columnheader', { name: header, exact: true });
  }

  draftCard(supplier: string, location: string, status: 'draft' | 'approved' = 'draft'): Locator {
    return this.page.locator(`[data-testid="draft-card"][data-supplier="${supplier}"][data-location="${location}"][data-status="${status}"]`);
  }

  /** "12 of 300 rows" / "300 rows" → [shown, total]. */
  async readRowCount(): Promise<[number, number]> {
    const text = (await this.rowCount.textContent()) ?? '';
    const numbers = [...text.matchAll(/[\d,]+/g)].map((m) => Number(m[0].replace(/,/g, '')));
    return [numbers[0] ?? NaN, numbers[1] ?? numbers[0] ?? NaN];
  }

  /** Types a new order quantity into the grid, as a planner would. */
  async editQuantity(lineId: number, quantity: number): Promise<void> {
    await this.cell(lineId, 'quantity').dblclick();
    const editor = this.grid.locator('.ag-cell-inline-editing input');
    await expect(editor).toBeVisible();
    await editor.fill(String(quantity));
    await editor.press('Enter');
  }

  async approve(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Approve' }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: 'Approve' }).click();
  }

  async openLine(lineId: number): Promise<void> {
    await this.cell(lineId, 'sku').click();
    await expect(this.detail).toBeVisible();
  }
}
