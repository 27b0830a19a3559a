import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { supplierScorecards, writeScorecardFile } from '../../core/suppliers';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';

/**
 * `scorecard --workspace FILE [--from DATE --to DATE] [--as-of DATE] [--tolerance-days N] --output FILE.csv|.xlsx`
 * Supplier scorecards over lines due in the period (default the 365 days up to the as-of date).
 */
export async function scorecardCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'as-of': { type: 'string' },
    'tolerance-days': { type: 'string' },
    output: { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const output = path.resolve(requireOption(values.output, 'output'));
  if (!/\.(csv|xlsx)$/i.test(output)) throw new CliUsageError('--output must end in .csv or .xlsx');
  for (const name of ['from', 'to', 'as-of'] as const) {
    const value = values[name];
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      throw new CliUsageError(`--${name} must be a date like 2026-06-30, not "${value}"`);
    }
  }
  const toleranceDays = integerOption(values['tolerance-days'], 'tolerance-days', 0, 60);

  const workspace = openWorkspace(file);
  try {
    const started = performance.now();
    const report = supplierScorecards(workspace.db, {
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...(toleranceDays !== undefined ? { settings: { toleranceDays } } : {}),
    });
    await writeScorecardFile(report, output);
    const seconds = (performance.now() - started) / 1000;
    const scored = report.suppliers.filter((s) => s.score.score !== null).length;
    console.log(
      `Scorecards for ${report.suppliers.length.toLocaleString('en')} suppliers (${scored} scored), lines due ` +
        `${report.from} to ${report.to}, as of ${report.asOf}, tolerance ${report.settings.toleranceDays} days → ${output} ` +
        `(${seconds.toFixed(2)} s)`,
    );
  } finally {
    workspace.close();
  }
}
