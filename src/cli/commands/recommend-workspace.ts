import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { exportRows, storedRecommendations } from '../../core/recommending/export/export-rows';
import { formatOfFile, writeRecommendExport } from '../../core/recommending/export/write-export';
import { runRecommendations } from '../../core/recommending/run-recommendations';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { readCustomerIds } from '../recommend-csv/read-purchase-lines';
import { writeRecommendationsCsv } from '../recommend-csv/write-recommendations';
import { CliUsageError } from '../usage-error';

/** As the --input form allows (recommend.ts; not imported from there, which dispatches here). */
const MAX_TOP = 1000;

/** Whether a `recommend` invocation names a workspace rather than an --input file. */
export function namesWorkspace(args: readonly string[]): boolean {
  return args.some((a) => a === '--workspace' || a.startsWith('--workspace='));
}

/** `recommend --workspace FILE [--customers CUSTOMERS.csv] --top N --output RECS.csv` */
export async function recommendWorkspaceCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    customers: { type: 'string' },
    top: { type: 'string' },
    output: { type: 'string' },
    'no-backtest': { type: 'boolean' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const top = integerOption(requireOption(values.top, 'top'), 'top', 1, MAX_TOP)!;
  const listed = values.customers ? await readCustomerIds(path.resolve(values.customers)) : null;
  const workspace = openWorkspace(file);
  try {
    const progress = progressPrinter();
    const ctx = createInlineTaskContext((step, current, total) => progress.update(step, current, total));
    const summary = await runRecommendations(workspace.db, { topN: top, backtest: values['no-backtest'] !== true }, ctx);
    progress.done();
    const lists = storedRecommendations(workspace.db, summary.runId, { ...(listed ? { customers: listed } : {}), top });
    const order = listed ?? [...lists.keys()];
    const ordered = new Map(order.filter((id) => lists.has(id)).map((id) => [id, lists.get(id)!]));
    const written = await writeRecommendationsCsv(output, ordered);
    const skipped = listed ? listed.length - ordered.size : 0;
    console.log(
      `Recommended ${top} SKUs to ${ordered.size.toLocaleString('en')} customers for the days after ${summary.asOf} → ${output} ` +
        `(${written.toLocaleString('en')} rows; run #${summary.runId} stored, ${summary.seconds.toFixed(1)} s)` +
        (skipped > 0 ? `; ${skipped} listed customers have no history and get no rows` : ''),
    );
  } finally {
    workspace.close();
  }
}

/** `bought-together --workspace FILE --output FILE.csv|.xlsx|.json [--min-support S] [--min-orders N]` */
export async function boughtTogetherCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    output: { type: 'string' },
    'min-support': { type: 'string' },
    'min-orders': { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const format = formatOfFile(output);
  if (!format) throw new CliUsageError('--output must end in .csv, .xlsx or .json');
  const minSupport = values['min-support'] === undefined ? undefined : Number(values['min-support']);
  if (minSupport !== undefined && !(minSupport >= 0 && minSupport <= 1)) throw new CliUsageError(`--min-support must be a share from 0 to 1, not "${values['min-support']}"`);
  const minOrders = integerOption(values['min-orders'], 'min-orders', 0, 1_000_000);
  const workspace = openWorkspace(file);
  try {
    const hasRun = workspace.db.prepare('SELECT 1 FROM recommend_runs LIMIT 1').get() !== undefined;
    if (!hasRun) {
      const progress = progressPrinter();
      await runRecommendations(workspace.db, { backtest: false }, createInlineTaskContext((step, current, total) => progress.update(step, current, total)));
      progress.done();
    }
    const { header, rows } = exportRows(workspace.db, 'bought-together', {
      ...(minSupport !== undefined ? { minSupport } : {}),
      ...(minOrders !== undefined ? { minOrders } : {}),
    });
    await writeRecommendExport(output, format, 'bought-together', header, rows);
    console.log(`Bought together: ${rows.length.toLocaleString('en')} pairs from run #${header.runId} (order lines to ${header.asOf}) → ${output}`);
  } finally {
    workspace.close();
  }
}
