import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { DEFAULT_PACK_WEEKS, findSupplierId, writeSupplierPack } from '../../core/suppliers';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';

/**
 * `supplier-pack --workspace FILE --supplier ID|CODE --output FILE.xlsx [--weeks N] [--as-of DATE] [--tolerance-days N]`
 * One supplier's collaboration pack: scorecard, open POs to confirm, forecast of their SKUs.
 */
export async function supplierPackCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    workspace: { type: 'string' },
    supplier: { type: 'string' },
    output: { type: 'string' },
    weeks: { type: 'string' },
    'as-of': { type: 'string' },
    'tolerance-days': { type: 'string' },
  });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const supplier = requireOption(values.supplier, 'supplier');
  const output = path.resolve(requireOption(values.output, 'output'));
  if (!/\.xlsx$/i.test(output)) throw new CliUsageError('--output must end in .xlsx');
  const weeks = integerOption(values.weeks, 'weeks', 1, 104) ?? DEFAULT_PACK_WEEKS;
  const toleranceDays = integerOption(values['tolerance-days'], 'tolerance-days', 0, 60);
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new CliUsageError(`--as-of must be a date like 2026-06-30, not "${asOf}"`);
  }

  const workspace = openWorkspace(file);
  try {
    const started = performance.now();
    const summary = await writeSupplierPack(workspace.db, findSupplierId(workspace.db, supplier), output, {
      weeks,
      ...(asOf ? { asOf } : {}),
      ...(toleranceDays !== undefined ? { settings: { toleranceDays } } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Supplier pack for ${summary.supplierName}: ${summary.openLines} open PO lines, ` +
        `${summary.skus} SKUs × ${summary.weeks} weeks of forecast (${summary.forecastSource}) → ${output} (${seconds.toFixed(2)} s)`,
    );
  } finally {
    workspace.close();
  }
}
