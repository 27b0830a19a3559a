import { expect, type Locator, type Page } from '@playwright/test';

/** The Forecasts page: run selector and form, summary figures, the series grid and the detail pane. */
export class ForecastsPage {
  readonly root: Locator;
  readonly emptyState: Locator;
  readonly runButton: Locator;
  readonly runForm: Locator;
  readonly progress: Locator;
  readonly runSelector: Locator;
  readonly summary: Locator;
  readonly grid: Locator;
  readonly rowCount: Locator;
  readonly detail: Locator;
  readonly overrideForm: Locator;
  readonly overrideItems: Locator;
  readonly accuracy: Locator;
  readonly compare: Locator;
  readonly events: Locator;
  readonly promotions: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-forecasts');
    this.emptyState = page.getByTestId('forecasts-empty');
    this.runButton = page.getByTestId('run-forecast').first();
    this.runForm = page.getByTestId('run-forecast-form');
    this.progress = page.getByTestId('forecast-progress');
    this.runSelector = page.getByTestId('run-selector');
    this.summary = page.getByTestId('forecast-summary');
    this.grid = page.getByTestId('grid-forecasts');
    this.rowCount = page.getByTestId('forecast-row-count');
    this.detail = page.getByTestId('forecast-detail');
    this.overrideForm = page.getByTestId('override-form');
    this.overrideItems = page.getByTestId('override-item');
    this.accuracy = page.getByTestId('forecast-accuracy');
    this.compare = page.getByTestId('forecast-compare');
    this.events = page.getByTestId('event-calendar');
    this.promotions = page.getByTestId('planned-promotions');
    this.chart = page.getByTestId('forecast-chart');
  }

  /** Opens the run form, sets the buckets and horizon, and starts the job. */
  async startRun(options: { frequency: string; horizon: number }): Promise<void> {
    await this.runButton.click();
    await expect(this.runForm).toBeVisible();
    await this.runForm.getByText(options.frequency, { exact: true }).click();
    await this.runForm.getByRole('spinbutton').fill(String(options.horizon));
    await this.runForm.getByRole('button', { name: 'Start' }).click();
  }

  /** Forecasts, Accuracy or Compare runs. */
  async showView(name: string): Promise<void> {
    await this.root.getByRole('radiogroup', { name: 'View' }).getByText(name, { exact: true }).click();
  }

  /** A series' row in the grid (the row id is `productId:locationId`). */
  row(rowId: string): Locator {
    return this.grid.locator(`.ag-row[row-id="${rowId}"]`);
  }

  /** A series' cell: drawn only while its column is in view (showColumn). */
  cell(rowId: string, colId: string): Locator {
    return this.row(rowId).locator(`[col-id="${colId}"]`);
  }

  /**
   * Scrolls the grid sideways, as a user would with the wheel, until the column is in view: the
   * grid draws only the columns in view, and the detail pane narrows it.
   */
  async showColumn(colId: string): Promise<void> {
    const place = () => this.grid.evaluate(columnPlace, colId);
    // A column not drawn yet: on to the right, and back from the right end.
    let way: 'left' | 'right' = 'right';
    for (let step = 0; step < 60; step++) {
      const where = await place();
      if (where === 'inView') return;
      if (where === 'left' || where === 'right') way = where;
      else if (where === 'notDrawnAtEnd') way = 'left';
      await this.grid.locator('.ag-header').hover();
      await this.page.mouse.wheel(way === 'left' ? -200 : 200, 0);
    }
    await expect.poll(place).toBe('inView');
  }

  columnHeader(header: string): Locator {
    return this.grid.getByRole('columnheader', { name: header, exact: true });
  }

  floatingFilter(header: string): Locator {
    return this.grid.getByLabel(`${header} Filter Input`, { exact: true }).filter({ visible: true });
  }

  /** A number as the grid shows it ("1,517.1", "CN¥56,634"). */
  async readNumber(locator: Locator): Promise<number> {
    const text = (await locator.textContent()) ?? '';
    return Number(text.replace(/[^\d.-]/g, ''));
  }

  /** "12 of 300 rows" / "300 rows" → the first number. */
  async shownRows(): Promise<number> {
    const text = (await this.rowCount.textContent()) ?? '';
    return Number(/[\d,]+/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
  }

  async openSeries(rowId: string): Promise<void> {
    await this.cell(rowId, 'name').click();
    await expect(this.detail).toBeVisible();
  }

  /** Opens whichever series is shown first. */
  async openFirstSeries(): Promise<void> {
    await this.grid.locator('.ag-row[row-index="0"] [col-id="name"]').click();
    await expect(this.detail).toBeVisible();
  }

  async addPercentOverride(percent: number, reason: string): Promise<void> {
    await this.overrideForm.getByRole('spinbutton', { name: 'Value' }).fill(String(percent));
    await this.overrideForm.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await this.overrideForm.getByRole('button', { name: 'Add override' }).click();
  }

  /** The event calendar's row of an event, by its name in the shown language. */
  eventRow(name: string): Locator {
    return this.events.locator('tr.ant-table-row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Types an event's first and last day for the shown year; leaving the field saves them. */
  async setEventDates(name: string, from: string, to: string, labels = { from: 'From', to: 'To (inclusive)' }): Promise<void> {
    const row = this.eventRow(name);
    await row.getByLabel(`${labels.from} ${name}`, { exact: true }).fill(from);
    const last = row.getByLabel(`${labels.to} ${name}`, { exact: true });
    await last.fill(to);
    await last.blur();
  }

  /** Plans a promotion with a discount on the open series. */
  async planDiscount(from: string, to: string, percent: number): Promise<void> {
    const form = this.page.getByTestId('promotion-form');
    await form.getByLabel('From', { exact: true }).fill(from);
    await form.getByLabel('To', { exact: true }).fill(to);
    await form.getByRole('spinbutton', { name: 'Discount' }).fill(String(percent));
    await form.getByRole('button', { name: 'Plan' }).click();
  }

  async removeFirstOverride(): Promise<void> {
    await this.overrideItems.first().getByRole('button', { name: 'Remove' }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: 'Remove' }).click();
  }
}

/**
 * Where a column is against the scrolled part of the grid (between the pinned SKU and the grid's
 * right edge): in view, or which way to scroll; a column not drawn says whether the grid is
 * scrolled to its right end.
 */
function columnPlace(grid: Element, colId: string): 'inView' | 'left' | 'right' | 'notDrawn' | 'notDrawnAtEnd' {
  const scroller = grid.querySelector('.ag-body-horizontal-scroll-viewport');
  const header = grid.querySelector(`.ag-header-cell[col-id="${colId}"]`);
  if (!scroller || !header) {
    const atEnd = scroller !== null && scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1;
    return atEnd ? 'notDrawnAtEnd' : 'notDrawn';
  }
  const cell = header.getBoundingClientRect();
  const shown = scroller.getBoundingClientRect();
  if (cell.left < shown.left - 1) return 'left';
  if (cell.right > shown.right + 1) return 'right';
  return 'inView';
}
