import { expect, type Locator, type Page } from '@playwright/test';

/** The Dashboard: key figure cards (value, change, trend, "How is this computed?"), then the day's actions. */
export class DashboardPage {
  readonly root: Locator;
  readonly figures: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-dashboard');
    this.figures = page.getByTestId('key-figures');
  }

  figure(id: string): Locator {
    return this.page.getByTestId(`figure-${id}`);
  }

  value(id: string): Locator {
    return this.figure(id).getByTestId('figure-value');
  }

  /** Waits until the figures have been computed (cards, not skeletons). */
  async waitForFigures(): Promise<void> {
    await expect(this.figure('stockValue')).toBeVisible({ timeout: 60_000 });
  }

  /** Hovers the figure's question mark and returns the tooltip that explains it. */
  async definition(id: string): Promise<Locator> {
    const tooltip = this.page.getByTestId('figure-definition').filter({ visible: true });
    // The previous figure's tooltip fades out first, or two would be showing.
    await expect(tooltip).toHaveCount(0);
    await this.figure(id).getByTestId('figure-how').hover();
    await expect(tooltip).toBeVisible();
    return tooltip;
  }
}
