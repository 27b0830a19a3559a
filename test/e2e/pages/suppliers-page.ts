import { expect, type Locator, type Page } from '@playwright/test';

/** The Suppliers page: ranking grid, scorecard panel, trace and compare drawers, scoring settings. */
export class SuppliersPage {
  readonly root: Locator;
  readonly grid: Locator;
  readonly rowCount: Locator;
  readonly panel: Locator;
  readonly figures: Locator;
  readonly traceDrawer: Locator;
  readonly compareView: Locator;
  readonly settingsForm: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-suppliers');
    this.grid = page.getByTestId('grid-supplier-ranking');
    this.rowCount = page.getByTestId('supplier-row-count');
    this.panel = page.getByTestId('scorecard-panel');
    this.figures = page.getByTestId('scorecard-figures');
    this.traceDrawer = page.getByRole('dialog').filter({ has: page.getByTestId('trace-summary') });
    this.compareView = page.getByTestId('compare-view');
    this.settingsForm = page.getByTestId('scorecard-settings');
  }

  /** A supplier's row: its pinned and its scrolling part (the row id is the supplier id). */
  row(supplierId: number): Locator {
    return this.grid.locator(`.ag-row[row-id="${supplierId}"]`);
  }

  cell(supplierId: number, colId: string): Locator {
    return this.row(supplierId).locator(`[col-id="${colId}"]`);
  }

  /** The supplier ids in the order the grid shows them. */
  async shownOrder(): Promise<number[]> {
    const rows = await this.grid
      .locator('.ag-row[row-id]')
      .evaluateAll((elements) => elements.map((e) => [Number(e.getAttribute('row-index')), Number(e.getAttribute('row-id'))] as const));
    const byIndex = new Map(rows);
    return [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index)!);
  }

  async choosePeriod(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Period' }).click();
    // antd draws its own option list; the accessible options are hidden stand-ins.
    await this.page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
  }

  async openScorecard(supplierId: number): Promise<void> {
    await this.cell(supplierId, 'name').click();
    await expect(this.panel).toBeVisible();
  }

  figure(metric: string): Locator {
    return this.page.getByTestId(`figure-${metric}`);
  }

  async traceFigure(metric: string): Promise<void> {
    await this.figure(metric).click();
    await expect(this.traceDrawer).toBeVisible();
  }

  /** Closes the open drawer the way a keyboard user would. */
  async closeDrawer(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async tick(supplierId: number): Promise<void> {
    await this.row(supplierId).locator('.ag-selection-checkbox input').first().check();
  }

  async compare(): Promise<void> {
    await this.page.getByTestId('compare-button').click();
    await expect(this.compareView).toBeVisible();
  }

  /** Opens Scoring, sets the four weights and saves. */
  async setWeights(weights: { otif: number; fillRate: number; leadTime: number; quality: number }): Promise<void> {
    await this.page.getByTestId('scorecard-settings-button').click();
    await expect(this.settingsForm).toBeVisible();
    const labels = { otif: 'OTIF', fillRate: 'Fill rate', leadTime: 'Lead-time reliability', quality: 'Quality (not rejected)' } as const;
    for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
      const input = this.settingsForm.getByRole('spinbutton', { name: labels[key], exact: true });
      await input.fill(String(weights[key]));
    }
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.settingsForm).toBeHidden();
  }

  async exportPack(weeks: number): Promise<void> {
    await this.panel.getByTestId('export-pack').click();
    const form = this.page.getByTestId('pack-form');
    await form.getByRole('spinbutton', { name: 'Weeks of forecast' }).fill(String(weeks));
    await form.getByRole('button', { name: 'Export' }).click();
  }
}
