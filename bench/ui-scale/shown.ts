/// <reference lib="dom" />
import type { Locator, Page } from '@playwright/test';
import { fmt } from '../kit';
import { groupCpuSeconds } from './server-cpu';

/** How long to wait for anything on a page: a busy machine can take a while. */
export const WAIT_MS = 120_000;

/**
 * Rows with data: text in the given column (a SKU unless said). AG Grid's infinite model first
 * shows rows that are not marked as loading yet have empty cells, which a bare row selector took
 * for the first page.
 */
export function dataRows(page: Page, gridId: string, colId = 'sku'): Locator {
  return page
    .getByTestId(`grid-${gridId}`)
    .locator('.ag-row:not(.ag-row-loading)')
    .filter({ has: page.locator(`[col-id="${colId}"]`).filter({ hasText: /\S/ }) });
}

/** Waits until the element's text has a digit other than 0 (a row count, once it has come). */
export async function countShown(page: Page, testId: string): Promise<string> {
  await page.waitForFunction((id) => /[1-9]/.test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''), testId, { timeout: WAIT_MS });
  return (await page.getByTestId(testId).first().textContent()) ?? '';
}

/**
 * Waits (up to a minute) until the server has used under 0.05 CPU seconds in half a second: the
 * page before may still be reading in the background, and its CPU is not the next page's. Longer
 * background work outlasts the wait and is counted in the step: the whole-file check a large
 * workspace owes (app/background-check.ts, from 15 s after open) runs for minutes at 50,000 SKUs.
 */
export async function serverSettled(serverGroup: number): Promise<void> {
  const until = Date.now() + 60_000;
  let last = groupCpuSeconds(serverGroup);
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = groupCpuSeconds(serverGroup);
    if (now - last < 0.05) return;
    last = now;
  }
}

/**
 * Seconds the page's main thread has been busy running tasks (script, style, layout, paint), from
 * Chromium's own metrics (CDP Performance.getMetrics: TaskDuration). On a loaded machine a task's
 * time includes waiting for a core, so it is an upper bound of the main thread's CPU.
 */
export async function rendererBusy(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
}

/**
 * Times a step by the wall clock, by the server's CPU seconds (all its threads) and, given the
 * page's busy reader, by its main thread's busy seconds over the same span; `settle` first waits
 * for the server to be idle, so the figure is the step's own.
 */
export function stepTimer(serverGroup: number, pageBusy?: () => Promise<number>) {
  return async function timed(label: string, action: () => Promise<void>, settle = false): Promise<number> {
    if (settle) await serverSettled(serverGroup);
    const cpu = groupCpuSeconds(serverGroup);
    const busy = (await pageBusy?.()) ?? 0;
    const started = Date.now();
    await action();
    const ms = Date.now() - started;
    const server = groupCpuSeconds(serverGroup) - cpu;
    const page = pageBusy ? `, page main thread ${((await pageBusy()) - busy).toFixed(2)} s busy` : '';
    console.log(`${label}: ${fmt(ms)} (server ${server.toFixed(2)} cpu s${page})`);
    return ms;
  };
}
