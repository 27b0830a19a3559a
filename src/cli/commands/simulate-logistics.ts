import { openWorkspace } from '../../core/db/workspace';
import { resolveLogisticsReplay, runLogisticsReplay, saveLogisticsReplay, type ArmResult } from '../../core/planning';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { progressPrinter } from '../progress';

export interface LogisticsReplayOptions {
  file: string;
  from?: string;
  to?: string;
  days?: number;
  serviceLevel?: number;
  json: boolean;
}

/**
 * `simulate --logistics`: the A/B replay of transfers and mode choice against a single mode without
 * transfers, at equal inventory (planning/simulation/logistics-replay.ts). Stored like the page's runs.
 */
export function simulateLogistics(options: LogisticsReplayOptions): void {
  const workspace = openWorkspace(options.file);
  try {
    const started = performance.now();
    const settings = resolveLogisticsReplay(workspace.db, {
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(options.days !== undefined ? { days: options.days } : {}),
      ...(options.serviceLevel !== undefined ? { serviceLevel: options.serviceLevel } : {}),
    });
    const progress = progressPrinter();
    const results = runLogisticsReplay(workspace.db, settings, createInlineTaskContext((step, current, total) => progress.update(step, current, total)));
    progress.done();
    const seconds = (performance.now() - started) / 1000;
    const id = saveLogisticsReplay(workspace.db, settings, results, seconds, 'cli');
    if (options.json) {
      console.log(JSON.stringify({ id, settings, ...results, seconds }, null, 2));
      return;
    }
    console.log(
      `Logistics replay ${settings.from} … ${settings.to}: ${results.skus.toLocaleString('en')} SKUs (${results.multiWarehouseSkus.toLocaleString('en')} in more than one warehouse), ` +
        `${results.lanes} lanes, service target ${settings.serviceLevel} (${seconds.toFixed(2)} s)`,
    );
    const arms: [string, ArmResult][] = [
      ['single mode', results.singleMode],
      ['transfers only', results.transfersOnly],
      ['mode choice only', results.modeChoiceOnly],
      ['both (logistics)', results.logistics],
      ['single, equal inv.', results.singleModeAtEqualInventory],
    ];
    const rows: [string, (a: ArmResult) => string][] = [
      ['fill rate', (a) => `${(a.fillRate * 100).toFixed(2)}%`],
      ['lost sales (units)', (a) => Math.round(a.lostUnits).toLocaleString('en')],
      ['lost margin', (a) => money(a.lostMargin)],
      ['freight and duty', (a) => money(a.freightCost)],
      ['holding', (a) => money(a.holdingCost)],
      ['total cost', (a) => money(a.totalCost)],
      ['avg inventory value', (a) => money(a.avgInventoryValue)],
      ['service target', (a) => a.serviceLevel.toFixed(3)],
      ['transfers', (a) => a.transfers.toLocaleString('en')],
      ['split orders', (a) => a.splitOrders.toLocaleString('en')],
      ['units by a faster lane', (a) => Math.round(a.expeditedUnits).toLocaleString('en')],
    ];
    console.log(`${''.padEnd(22)}${arms.map(([name]) => name.padStart(19)).join('')}`);
    for (const [label, value] of rows) console.log(`${label.padEnd(22)}${arms.map(([, a]) => value(a).padStart(19)).join('')}`);
    if (results.withoutLanes > 0) console.log(`${results.withoutLanes} SKU-locations have no lane from their supplier: they ship on the measured lead time in every arm.`);
  } finally {
    workspace.close();
  }
}

const money = (x: number) => Math.round(x).toLocaleString('en');
