import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { AppError } from '../../core/ground/errors/app-error';
import {
  importKinds,
  importMappingSchema,
  isImportKind,
  runImport,
  undoImport,
  writeProblemReport,
  type DateOrder,
  type ImportMapping,
  type ImportResult,
} from '../../core/import';
import { parseEncodingOption } from '../../core/ground/files/read/encoding';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { integerOption, parseCommandArgs, requireOption } from '../args';
import { progressPrinter } from '../progress';
import { CliUsageError } from '../usage-error';

const SHOWN_PROBLEMS = 20;

/** `import`: one file into a workspace, in one transaction; exit 1 when it aborts. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      workspace: { type: 'string' },
      kind: { type: 'string' },
      mapping: { type: 'string' },
      encoding: { type: 'string' },
      'date-order': { type: 'string' },
      'on-error': { type: 'string' },
      report: { type: 'string' },
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      delimiter: { type: 'string' },
      undo: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  const workspacePath = path.resolve(requireOption(values.workspace, 'workspace'));
  const undoId = integerOption(values.undo, 'undo', 1, Number.MAX_SAFE_INTEGER);
  if (undoId !== undefined) return undoCommand(workspacePath, undoId, positionals);

  const kind = requireOption(values.kind, 'kind');
  if (!isImportKind(kind)) throw new CliUsageError(`--kind must be one of ${importKinds.join(', ')}, not "${kind}"`);
  if (positionals.length !== 1) throw new CliUsageError('Give exactly one DATAFILE to import');
  const dataFile = path.resolve(positionals[0]!);
  const encoding = parseEncodingOption(values.encoding ?? 'auto');
  if (!encoding) throw new CliUsageError(`--encoding must be auto, utf8 or gb18030, not "${values.encoding}"`);
  const onError = values['on-error'] ?? 'abort';
  if (onError !== 'abort' && onError !== 'skip') throw new CliUsageError(`--on-error must be abort or skip, not "${onError}"`);
  const mapping = readMapping(values.mapping);
  const dateOrder = parseDateOrderOption(values['date-order']);
  const headerRow = integerOption(values['header-row'], 'header-row', 1, 1_000_000);
  const delimiter = values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiter !== undefined && delimiter.length !== 1) throw new CliUsageError(`--delimiter must be one character or "tab", not "${delimiter}"`);

  const workspace = openWorkspace(workspacePath);
  const progress = progressPrinter();
  const ctx = createInlineTaskContext(progress.update);
  const onSigint = () => ctx.cancel();
  process.once('SIGINT', onSigint);
  try {
    const result = await runImport(
      workspace.db,
      dataFile,
      {
        kind,
        mapping,
        encoding,
        onError,
        ...(dateOrder ? { dateOrder } : {}),
        ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
        ...(headerRow !== undefined ? { headerRow } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
      },
      ctx,
    );
    progress.done();
    if (values.report) writeProblemReport(path.resolve(values.report), result);
    if (values.json) console.log(JSON.stringify(result));
    else printSummary(result, workspace.meta.name, values.report);
    if (result.status === 'aborted') {
      const undecided = result.dateOrders.filter((d) => d.source === 'ask').map((d) => `"${d.column}"`);
      process.stderr.write(
        undecided.length > 0
          ? `supplydesk: import aborted, nothing was written: every date in ${undecided.join(', ')} fits both day/month and month/day. ` +
              'Say which with --date-order dmy (day first) or --date-order mdy (month first)\n'
          : `supplydesk: import aborted: ${result.problems.errors.toLocaleString('en')} errors, nothing was written. ` +
              'Fix the file, or import the valid rows with --on-error skip\n',
      );
      return 1;
    }
    return 0;
  } finally {
    progress.done();
    process.removeListener('SIGINT', onSigint);
    workspace.close();
  }
}

function undoCommand(workspacePath: string, importId: number, positionals: string[]): number {
  if (positionals.length > 0) throw new CliUsageError('--undo takes no DATAFILE');
  const workspace = openWorkspace(workspacePath);
  try {
    const result = undoImport(workspace.db, importId);
    const changed = Object.entries(result.changes).map(([table, n]) => `${table} ${n.toLocaleString('en')}`);
    console.log(`Undid import #${importId}${changed.length ? ` (rows changed: ${changed.join(', ')})` : ''}`);
    return 0;
  } finally {
    workspace.close();
  }
}

const DATE_ORDER_NAMES = { DMY: 'day/month/year', MDY: 'month/day/year', YMD: 'year/month/day' } as const;

/** `--date-order dmy|mdy|ymd` (any case), shared by the commands that read dated CSVs. */
export function parseDateOrderOption(option: string | undefined): DateOrder | undefined {
  if (option === undefined) return undefined;
  const order = option.toUpperCase();
  if (order !== 'DMY' && order !== 'MDY' && order !== 'YMD') throw new CliUsageError(`--date-order must be dmy, mdy or ymd, not "${option}"`);
  return order;
}

function readMapping(option: string | undefined): ImportMapping | 'auto' {
  if (option === undefined || option === 'auto') return 'auto';
  const file = path.resolve(option);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_input', `The mapping file ${file} could not be read as JSON (${(error as Error).message})`, { file });
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', `The mapping file ${file} is not a mapping: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(), { file });
  }
  return parsed.data as ImportMapping;
}

function printSummary(result: ImportResult, workspaceName: string, reportFile: string | undefined): void {
  const n = (value: number) => value.toLocaleString('en');
  const verb = result.status === 'done' ? `Imported ${result.kind} from ${result.file} into "${workspaceName}" (import #${result.importId})` : `Nothing imported from ${result.file} (aborted)`;
  console.log(`${verb} in ${result.seconds.toFixed(1)} s`);
  console.log(`  rows read  ${n(result.rowsRead).padStart(12)}`);
  console.log(`  stored     ${n(result.rowsStored).padStart(12)}`);
  console.log(`  skipped    ${n(result.rowsSkipped).padStart(12)}`);
  console.log(`  warnings   ${n(result.warnings).padStart(12)}`);
  if (result.createdCounts.products > 0) console.log(`  new SKUs   ${n(result.createdCounts.products).padStart(12)}`);
  for (const d of result.dateOrders) {
    console.log(`Dates in "${d.column}": ${d.source === 'ask' ? 'order unknown' : DATE_ORDER_NAMES[d.order]} (${d.reason})`);
  }
  if (result.returns && result.returns.rows > 0) {
    console.log(`  returns    ${n(result.returns.rows).padStart(12)} rows, ${n(result.returns.units)} units (counted apart, not taken off demand)`);
  }
  const { list, errors, warnings } = result.problems;
  if (list.length === 0) return;
  console.log(`Problems: ${n(errors)} errors, ${n(warnings)} warnings${reportFile ? ` (all in ${reportFile})` : list.length > SHOWN_PROBLEMS ? ' (--report FILE lists them all)' : ''}`);
  for (const p of list.slice(0, SHOWN_PROBLEMS)) {
    const where = [p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean).join(', ');
    console.log(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${where ? `${where}: ` : ''}${p.message}`);
  }
}
