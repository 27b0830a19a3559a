import { createWorkspace } from '../../src/core/db/workspace';
import { isImportKind, runImport } from '../../src/core/import';
import { createInlineTaskContext } from '../../src/core/ground/task-context';

/**
 * Imports in a process of their own, so the peak RSS is theirs alone.
 * Usage: scenario.ts KIND DATAFILE WORKSPACE [TIMES]; prints one JSON line per import.
 * Importing more than once into the same workspace measures the replace path.
 */
async function main(): Promise<void> {
  const [kind, file, workspacePath, times = '1'] = process.argv.slice(2);
  if (!kind || !isImportKind(kind) || !file || !workspacePath) throw new Error('usage: scenario.ts KIND DATAFILE WORKSPACE [TIMES]');
  const workspace = createWorkspace(workspacePath, { name: 'Bench' });
  for (let run = 1; run <= Number(times); run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await runImport(workspace.db, file, { kind, onError: 'abort' }, createInlineTaskContext());
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const { rowsRead, rowsStored, status } = result;
    process.stdout.write(`${JSON.stringify({ run, seconds, cpuSeconds, rowsRead, rowsStored, status, errors: result.problems.errors, peakRssMb })}\n`);
  }
  workspace.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
