import { expect, type Locator, type Page } from '@playwright/test';

/** The Logistics page: what is missing, key figures, and its tabs (transfers, shipments, containers, lanes, replay). */
export class LogisticsPage {
  readonly root: Locator;
  readonly missing: Locator;
  readonly figures: Locator;
  readonly drafts: Locator;
  readonly orders: Locator;
  readonly approveDialog: Locator;
  readonly timeline: Locator;
  readonly shipments: Locator;
  readonly containers: Locator;
  readonly laneCount: Locator;
  readonly lanesGrid: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-logistics');
    this.missing = page.getByTestId('logistics-missing');
    this.figures = page.getByTestId('logistics-figures');
    this.drafts = page.getByTestId('transfer-drafts');
    this.orders = page.getByTestId('transfer-orders');
    this.approveDialog = page.getByTestId('approve-transfer-dialog');
    this.timeline = page.getByTestId('shipment-timeline');
    this.shipments = page.getByTestId('shipments');
    this.containers = page.getByTestId('containers');
    this.laneCount = page.getByTestId('lane-count');
    this.lanesGrid = page.getByTestId('grid-logistics-lanes');
  }

  async openTab(name: 'transfers' | 'shipments' | 'containers' | 'lanes' | 'replay'): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  draftRow(sku: string): Locator {
    return this.drafts.locator(`[data-testid="transfer-draft"][data-sku="${sku}"]`);
  }

  /** The shipments table's rows on the page shown. */
  shipmentRows(): Locator {
    return this.shipments.locator('tr.ant-table-row');
  }

  /** Turns the shipments table to page `n` (its rows are asked of the core). */
  async shipmentsPage(n: number): Promise<void> {
    // The pager is beside the table, in the table's wrapper.
    await this.page.locator('.ant-table-wrapper').filter({ has: this.shipments }).locator(`.ant-pagination-item-${n}`).click();
  }

  orderRow(transferNumber: string): Locator {
    return this.orders.locator(`[data-testid="transfer-order"][data-number="${transferNumber}"]`);
  }

  /** Approves a draft as a user would: Approve, a note, OK. */
  async approve(sku: string, note: string): Promise<void> {
    await this.draftRow(sku).getByTestId('approve-transfer').click();
    await expect(this.approveDialog).toBeVisible();
    await this.approveDialog.getByTestId('approve-note').fill(note);
    await this.page.getByTestId('approve-transfer-ok').click();
    await expect(this.approveDialog).toBeHidden();
  }
}
