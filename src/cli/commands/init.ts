import path from 'node:path';
import { createWorkspace } from '../../core/db/workspace';
import { parseCommandArgs, requireOption } from '../args';

export function initCommand(args: string[]): void {
  const { values } = parseCommandArgs(args, { workspace: { type: 'string' }, name: { type: 'string' } });
  const file = path.resolve(requireOption(values.workspace, 'workspace'));
  const name = values.name ?? path.basename(file, path.extname(file));
  createWorkspace(file, { name }).close();
  console.log(`Created empty workspace "${name}" at ${file}`);
}
