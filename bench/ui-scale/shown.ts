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

/** The page's main thread so far: seconds busy running tasks and CPU seconds it used. */
export interface MainThread {
  busy: number;
  cpu: number;
}

/**
 * The page's main thread from Chromium's own metrics (CDP Performance.getMetrics): TaskDuration,
 * the seconds it was busy running tasks (script, style, layout, paint), and ThreadTime, the CPU
 * seconds it used. On a loaded machine a task's time includes waiting for a core, so busy is an
 * upper bound and the CPU seconds are the figure to compare.
 */
export async function mainThreadReader(page: Page): Promise<() => Promise<MainThread>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    return { busy: metric('TaskDuration'), cpu: metric('ThreadTime') };
  };
}

/**
 * Times a step by the wall clock, by the server's CPU seconds (all its threads) and, given the
 * page's reader, by its main thread's busy and CPU seconds over the same span; `settle` first waits
 * for the server to be idle, so the figure is the step's own.
 */
export function stepTimer(serverGroup: number, pageMainThread?: () => Promise<MainThread>) {
  return async function timed(label: string, action: () => Promise<void>, settle = false): Promise<number> {
    if (settle) await serverSettled(serverGroup);
    const cpu = groupCpuSeconds(serverGroup);
    const before = await pageMainThread?.();
    const started = Date.now();
    await action();
    const ms = Date.now() - started;
    const server = groupCpuSeconds(serverGroup) - cpu;
    const after = await pageMainThread?.();
    const page = before && after ? `, page main thread ${(after.busy - before.busy).toFixed(2)} s busy, ${(after.cpu - before.cpu).toFixed(2)} cpu s` : '';
    console.log(`${label}: ${fmt(ms)} (server ${server.toFixed(2)} cpu s${page})`);
    return ms;
  };
}
