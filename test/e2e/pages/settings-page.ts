import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-settings');
  }

  /** A language option by its visible label: "English", "中文", or the System option. */
  language(label: string | RegExp): Locator {
    return this.root.getByRole('radio', { name: label });
  }

  theme(label: string): Locator {
    return this.root.getByRole('radio', { name: label });
  }
}
