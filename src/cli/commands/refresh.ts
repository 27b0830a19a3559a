import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceWorkerEntry } from '../../core/app/jobs/runner';
import { openWorkspace } from '../../core/db/workspace';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { runRefresh, type RefreshSummary } from '../../core/app/refresh';
import { parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';

/**
 * `refresh --workspace FILE [--json]`: the incremental refresh after new data — forecast (from
 * the newest run), plan (locked lines kept), alerts — printing each step and its seconds.
 * --json prints the summary as one object.
 */
export async function refreshCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  const workspace = openWorkspace(path.resolve(requireOption(values.workspace, 'workspace')));
  try {
    const progress = progressPrinter();
    const { summary } = await runRefresh(
      workspace.db,
      // As the app's refresh job: a large incremental run refits and predicts on kept workers.
      { cause: { reason: 'manual' }, workerEntry: fileURLToPath(sourceWorkerEntry) },
      createInlineTaskContext((step, current, total) => progress.update(step, current, total)),
    );
    progress.done();
    console.log(values.json ? JSON.stringify(summary) : refreshReport(summary));
  } finally {
    workspace.close();
  }
}

export function refreshReport(s: RefreshSummary): string {
  const n = (x: number) => x.toLocaleString('en');
  const sec = (x: number) => `${x.toFixed(2)} s`;
  if (s.mode === 'skipped') return 'No forecast run to refresh yet: run a forecast first (forecast --workspace FILE).';
  const lines = [
    s.mode === 'rolled'
      ? `Kept run ${s.runId}'s forecast (no week completed since it); plan and alerts moved to ${s.today}`
      : s.mode === 'incremental'
        ? `Refreshed run ${s.runId} from run ${s.parentRunId} (history to ${s.today})`
        : `Forecast run ${s.runId} made in full (the newest run was too old to refresh from; history to ${s.today})`,
    `  forecast  ${sec(s.seconds.forecast).padStart(9)}   ${n(s.series.refit)} re-forecast with their method, ${n(s.series.copied)} copied, ` +
      `${n(s.series.full)} full engine, ${n(s.series.coldStart)} cold start`,
    `    history ${sec(s.seconds.history).padStart(9)}   series ${sec(s.seconds.series)}, store ${sec(s.seconds.write)}`,
    `  plan      ${sec(s.seconds.plan).padStart(9)}   plan ${s.planId}`,
    `  alerts    ${sec(s.seconds.alerts).padStart(9)}`,
    `  scores    ${sec(s.seconds.scores).padStart(9)}   the Dashboard's forecast accuracy against the weeks sold`,
    `  total     ${sec(s.seconds.total).padStart(9)}`,
  ];
  return lines.join('\n');
}
