import path from 'node:path';
import { workspaceInfo } from '../../core/db/info';
import { openWorkspace } from '../../core/db/workspace';
import { parseCommandArgs, requireOption } from '../args';

export function infoCommand(args: string[]): void {
  const { values } = parseCommandArgs(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  const workspace = openWorkspace(path.resolve(requireOption(values.workspace, 'workspace')));
  try {
    const info = workspaceInfo(workspace.db);
    if (values.json) {
      console.log(JSON.stringify(info));
      return;
    }
    console.log(`Workspace "${workspace.meta.name}" (${workspace.meta.kind}) at ${workspace.path}`);
    const width = Math.max(...Object.keys(info.tables).map((t) => t.length));
    for (const [table, rows] of Object.entries(info.tables)) {
      console.log(`  ${table.padEnd(width)}  ${rows.toLocaleString('en').padStart(12)}`);
    }
    const { units, revenue, skus, from, to } = info.sales;
    console.log(
      `Sales: ${units.toLocaleString('en')} units, ${revenue.toLocaleString('en')} revenue, ${skus} SKUs, ` +
        `${from ?? '-'} to ${to ?? '-'}`,
    );
  } finally {
    workspace.close();
  }
}
