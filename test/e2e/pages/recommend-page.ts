import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Recommendations page (智能推荐): run, tabs, the customers grid and detail, bought together, campaigns, export. */
export class RecommendPage {
  readonly root: Locator;
  readonly runButton: Locator;
  readonly progress: Locator;
  readonly customerCount: Locator;
  readonly customersGrid: Locator;
  readonly detail: Locator;
  readonly nextItems: Locator;
  readonly reasons: Locator;
  readonly togetherTable: Locator;
  readonly launchTable: Locator;
  readonly minSupport: Locator;
  readonly campaignsTable: Locator;
  readonly campaignForm: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-recommend');
    this.runButton = page.getByTestId('recommend-run');
    this.progress = page.getByTestId('recommend-progress');
    this.customerCount = page.getByTestId('recommend-customer-count');
    this.customersGrid = page.getByRole('treegrid', { name: 'Customers' }).or(page.getByRole('grid', { name: 'Customers' }));
    this.detail = page.getByTestId('recommend-customer-detail');
    this.nextItems = page.getByTestId('recommend-next').locator('tbody tr.ant-table-row');
    this.reasons = page.getByTestId('recommend-next').getByTestId('recommend-reason');
    this.togetherTable = page.getByTestId('together-table');
    this.launchTable = page.getByTestId('launch-table');
    this.minSupport = page.locator('input[data-testid="together-min-support"], [data-testid="together-min-support"] input').first();
    this.campaignsTable = page.getByTestId('campaigns-table');
    this.campaignForm = page.getByTestId('campaign-form');
  }

  tab(key: 'customers' | 'together' | 'launch' | 'accuracy' | 'campaigns'): Locator {
    return this.page.getByTestId(`recommend-tab-${key}`);
  }

  /** Makes recommendations and waits for the job (fit, model, backtest) to finish. */
  async makeRecommendations(timeout: number): Promise<void> {
    await this.runButton.click();
    await expect(this.progress).toBeVisible();
    await expect(this.progress).toBeHidden({ timeout });
    await expect(this.customerCount).toBeVisible();
  }

  async searchCustomer(id: string): Promise<void> {
    await this.root.getByRole('searchbox').or(this.root.getByPlaceholder('Search customers or their top item')).first().fill(id);
  }

  async pickCustomer(id: string): Promise<void> {
    await this.page.locator(`.ag-row[row-id="${id}"]`).first().click();
    await expect(this.detail.getByText(id)).toBeVisible();
  }

  async addCampaign(values: { name: string; sku: string; startDate: string; size: number; conversionPct: number }): Promise<void> {
    await this.page.getByTestId('campaign-add').click();
    await expect(this.campaignForm).toBeVisible();
    await this.page.getByTestId('campaign-name').fill(values.name);
    await this.page.getByTestId('campaign-sku').fill(values.sku);
    await this.page.getByTestId('campaign-start').fill(values.startDate);
    await this.campaignForm.getByText('A number of customers', { exact: true }).click();
    await this.numberInput('campaign-size').fill(String(values.size));
    await this.numberInput('campaign-conversion').fill(String(values.conversionPct));
    await this.page.getByTestId('campaign-save').click();
    await expect(this.campaignForm).toBeHidden();
  }

  /** An antd number box by its test id (on the input itself or on its wrapper). */
  numberInput(testId: string): Locator {
    return this.page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  }

  /** Opens the export menu and picks one list and file type; returns the download. */
  async export(kind: 'customers' | 'bought-together' | 'launch', format: 'csv' | 'xlsx' | 'json'): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByTestId('recommend-export').click();
    await this.page.getByTestId(`recommend-export-${kind}-${format}`).click();
    return downloading;
  }
}
