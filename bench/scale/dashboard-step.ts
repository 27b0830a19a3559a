/**
 * A child of bench:scale: the Dashboard's key figures on a freshly opened workspace (cold: a new
 * process, nothing cached but the OS's pages) and again on the same connection (warm: kept while
 * SQLite's data version stands). Prints one JSON line `{"open": s, "cold": s, "coldCpu": s, "warm": s}`;
 * coldCpu is this thread's CPU seconds, the figure to read when other work shares the cores.
 *
 *   node --import tsx bench/scale/dashboard-step.ts FILE
 */
import { openWorkspace } from '../../src/core/db/workspace';
import { computeKeyFigures } from '../../src/core/monitoring/key-figures';

const file = process.argv[2];
if (!file) throw new Error('usage: dashboard-step.ts FILE');
const opened = performance.now();
const workspace = openWorkspace(file);
const open = (performance.now() - opened) / 1000;
const seconds = (): { wall: number; cpu: number } => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  computeKeyFigures(workspace.db);
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
};
const cold = seconds();
const warm = seconds();
workspace.close();
console.log(JSON.stringify({ open, cold: cold.wall, coldCpu: cold.cpu, warm: warm.wall }));
