import type { Locator, Page } from '@playwright/test';

/** The Settings page: language and theme are antd button-style radios. */
export class SettingsPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('page-settings');
  }

  /** The radio for a language by its visible label: "English", "中文", or "System (…)". */
  language(label: string | RegExp): Locator {
    // Language names are written in their own language, so they are the same in every UI language.
    return this.root.getByRole('radio', { name: label, exact: true });
  }

  theme(label: string): Locator {
    return this.root.getByRole('radio', { name: label, exact: true });
  }

  /** Clicks the visible button of a radio (its input is visually hidden). */
  async choose(radio: Locator): Promise<void> {
    await radio.locator('xpath=ancestor::label[1]').click();
  }
}
