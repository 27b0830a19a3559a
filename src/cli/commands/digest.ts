import path from 'node:path';
import { openWorkspace } from '../../core/db/workspace';
import { writeDigest, type DigestFormat, type DigestLocale } from '../../core/monitoring/alerts';
import { parseCommandArgs, requireOption } from '../args';
import { CliUsageError } from '../usage-error';

/**
 * `digest --workspace FILE --output FILE.xlsx|.md [--locale en|zh-CN]`
 * The daily digest of the alerts as last checked: open alerts by money at stake, counts, new since yesterday.
 */
export async function digestCommand(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, { workspace: { type: 'string' }, output: { type: 'string' }, locale: { type: 'string' } });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const output = path.resolve(requireOption(values.output, 'output'));
  const match = /\.(xlsx|md|txt)$/i.exec(output);
  if (!match) throw new CliUsageError('--output must end in .xlsx, .md or .txt');
  const format: DigestFormat = match[1]!.toLowerCase() === 'xlsx' ? 'xlsx' : 'md';
  const locale = values.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') throw new CliUsageError(`--locale must be en or zh-CN, not "${locale}"`);
  const workspace = openWorkspace(file);
  try {
    const count = await writeDigest(workspace.db, output, format, locale as DigestLocale);
    console.log(`Digest of ${count} open alerts → ${output}`);
  } finally {
    workspace.close();
  }
}
