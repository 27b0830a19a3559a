import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DEMO_NAME, DEFAULT_DEMO_SEED, DEFAULT_DEMO_SKUS, todayIso } from '../../core/app/demo-launcher';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { demoTask } from '../../core/app/jobs/tasks/demo-task';
import { sourceWorkerEntry } from '../../core/app/jobs/runner';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';
import { progressPrinter } from '../progress';

export async function demoCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    skus: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    name: { type: 'string' },
  });
  const asOf = values['as-of'] ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new CliUsageError(`--as-of must be a date YYYY-MM-DD, not "${asOf}"`);
  }
  const progress = progressPrinter();
  const ctx = createInlineTaskContext(progress.update);
  process.once('SIGINT', () => ctx.cancel());
  // The history is simulated on a worker thread while this one writes (demo-history-task.ts).
  const result = await demoTask(
    {
      path: path.resolve(requireOption(values.workspace, 'workspace')),
      name: values.name ?? DEFAULT_DEMO_NAME,
      skus: integerOption(values.skus, 'skus', 30, 100_000) ?? DEFAULT_DEMO_SKUS,
      seed: integerOption(values.seed, 'seed', 0, 2 ** 31 - 1) ?? DEFAULT_DEMO_SEED,
      asOf,
      workerEntry: fileURLToPath(sourceWorkerEntry),
    },
    ctx,
  );
  progress.done();
  const rate = Math.round(result.rowsWritten / result.seconds);
  console.log(
    `Created demo workspace at ${result.path}: ${result.rowsWritten.toLocaleString('en')} rows in ` +
      `${result.seconds.toFixed(1)} s (${rate.toLocaleString('en')} rows/s)`,
  );
}
