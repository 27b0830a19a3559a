/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { countShown, dataRows, WAIT_MS } from './shown';

type Timed = (label: string, action: () => Promise<void>, settle?: boolean) => Promise<number>;

/**
 * The pages after Forecasts, Replenishment and Data, clicked in turn as a user would: Suppliers
 * (ranking rows, then the first row's scorecard), Alerts, Logistics, Recommendations,
 * Settings, and the Dashboard last (its whole-workspace figures would share the cores with the
 * others): its figures, its actions, then its weekly chart and counts. Each counts once it shows text: a row with a name, a figure with a value. Each page
 * is clicked once the server is idle, so its CPU seconds are its own, not the page's before.
 */
export async function measureOtherPages(page: Page, timed: Timed): Promise<void> {
  const nav = (name: string) => page.getByRole('navigation').getByRole('menuitem', { name });

  await timed('Suppliers rows shown (after clicking Suppliers)', async () => {
    await nav('Suppliers').click();
    await dataRows(page, 'supplier-ranking', 'name').first().waitFor({ timeout: WAIT_MS });
  }, true);
  console.log(`  ${await countShown(page, 'supplier-row-count')}`);
  await timed('Suppliers scorecard shown (the first row)', async () => {
    await page.getByTestId('grid-supplier-ranking').locator('.ag-row[row-index="0"] [col-id="name"]').first().click();
    await page.getByTestId('scorecard-figures').getByTestId('figure-value').filter({ hasText: /\d/ }).first().waitFor({ timeout: WAIT_MS });
  });
  console.log(`  ${await page.getByTestId('scorecard-name').textContent()}, score ${await page.getByTestId('scorecard-score').textContent()}`);

  await timed('Alerts rows shown (after clicking Alerts)', async () => {
    await nav('Alerts').click();
    await dataRows(page, 'alerts', 'kind').first().waitFor({ timeout: WAIT_MS });
  }, true);
  console.log(`  ${await countShown(page, 'alert-row-count')}`);

  await timed('Logistics figures shown (after clicking Logistics)', async () => {
    await nav('Logistics').click();
    await page.getByTestId('logistics-figures').or(page.getByTestId('logistics-missing')).first().waitFor({ timeout: WAIT_MS });
  }, true);
  const figures = page.getByTestId('logistics-figures').locator('[data-testid^="figure-"]');
  const shown = await figures.evaluateAll((cards) => cards.map((card) => (card.textContent ?? '').replace(/\s+/g, ' ').trim()));
  console.log(`  ${shown.length > 0 ? shown.join(' · ') : 'missing inputs shown instead of figures'}`);

  await timed('Recommendations shown (after clicking Recommendations)', async () => {
    await nav('Recommendations').click();
    const states = ['recommend-empty', 'recommend-not-run', 'recommend-customer-count'].map((id) => page.getByTestId(id));
    await states[0]!.or(states[1]!).or(states[2]!).first().waitFor({ timeout: WAIT_MS });
  }, true);
  const state = page.getByTestId('page-recommend').locator('[data-testid="recommend-empty"], [data-testid="recommend-not-run"], [data-testid="recommend-customer-count"]');
  console.log(`  ${((await state.first().textContent()) ?? '').replace(/\s+/g, ' ').trim().slice(0, 160)}`);

  await timed('Settings shown (after clicking Settings)', async () => {
    await nav('Settings').click();
    await page.getByTestId('workspace-path').filter({ hasText: /\S/ }).waitFor({ timeout: WAIT_MS });
  }, true);

  await timed('Dashboard figures shown (after clicking Dashboard)', async () => {
    await nav('Dashboard').click();
    await page.getByTestId('key-figures').getByTestId('figure-value').filter({ hasText: /\S/ }).first().waitFor({ timeout: WAIT_MS });
  }, true);
  const values = await page.getByTestId('key-figures').getByTestId('figure-value').count();
  console.log(`  ${values} key figures`);
  await timed('Dashboard actions shown', async () => {
    await page.getByTestId('action-item').or(page.getByTestId('action-empty')).or(page.getByTestId('action-never')).first().waitFor({ timeout: WAIT_MS });
  });
  console.log(`  ${((await page.getByTestId('action-counts').textContent().catch(() => null)) ?? '').trim() || `${await page.getByTestId('action-item').count()} actions`}`);
  // Asked once the figures are in: the weekly units chart and the subtitle's SKU and supplier counts.
  const dashboard = page.getByTestId('page-dashboard');
  await timed('Dashboard weekly chart and counts shown (after its actions)', async () => {
    await dashboard.getByRole('img', { name: 'Units sold per week' }).waitFor({ timeout: WAIT_MS });
    await dashboard.getByText(/ SKUs · /).first().waitFor({ timeout: WAIT_MS });
  });
  console.log(`  ${((await dashboard.getByText(/ SKUs · /).first().textContent()) ?? '').trim()}`);
}
