import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { describeNote, logisticsRows, planLogistics, writeLogisticsFile, type LogisticsPlan } from '../../core/logistics';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { formatOf } from './plan';

/**
 * `logistics --workspace FILE [--plan ID] --output FILE.csv|.xlsx|.json`
 * The logistics decisions of a stored plan (the newest by default): transfer drafts, the mode of
 * every purchase draft and open PO line (split where that pays), containers across suppliers, in
 * the documented format (docs/logistics-export-format.md). Reads only: nothing is approved.
 */
export async function logisticsCommand(args: string[]): Promise<number | void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    plan: { type: 'string' },
    output: { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const format = formatOf(output);
  const planId = integerOption(values.plan, 'plan', 1, Number.MAX_SAFE_INTEGER);

  const workspace = openWorkspace(file);
  try {
    const started = performance.now();
    const progress = progressPrinter();
    const ctx = createInlineTaskContext((step, current, total) => progress.update(step, current, total));
    const result = planLogistics(workspace.db, { ...(planId !== undefined ? { planId } : {}), ctx });
    progress.done();
    const rows = logisticsRows(result);
    if (rows.length === 0) {
      process.stderr.write(`supplydesk: plan ${result.planId} (${result.planDate}) has nothing to ship: no purchase drafts or open purchase orders on a lane, and no transfer that pays. No file was written.\n`);
      for (const note of result.notes) process.stderr.write(`  ${describeNote(note)}\n`);
      return 1;
    }
    await writeLogisticsFile(result, rows, output, format);
    printSummary(result, output, (performance.now() - started) / 1000);
  } finally {
    workspace.close();
  }
}

function printSummary(result: LogisticsPlan, output: string, seconds: number): void {
  const s = result.summary;
  const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });
  console.log(
    `Logistics for plan ${result.planId} (${result.planDate}): ${n(s.transfers)} transfers (${n(s.transferUnits)} units, ${n(s.transferCost)} ${result.currency}), ` +
      `${n(s.shipments)} shipment lines (${n(s.splitShipments)} split), freight ${n(s.freightCost)}, duty ${n(s.dutyCost)} → ${output} (${seconds.toFixed(2)} s)`,
  );
  const modes = Object.entries(s.byMode).map(([mode, m]) => `${mode} ${n(m.lines)} lines / ${n(m.units)} units / ${n(m.freight)}`);
  if (modes.length > 0) console.log(`By mode: ${modes.join('; ')}`);
  if (s.containers > 0) console.log(`Containers: ${s.containers} shared boxes for ${n(s.containerCost)} (each supplier alone: ${n(s.separateContainerCost)})`);
  if (s.expedite > 0) console.log(`Expedite: ${s.expedite} open order lines land after a stock-out where a faster lane pays (in the JSON and XLSX files)`);
  for (const note of result.notes) console.log(`Note: ${describeNote(note)}`);
}
