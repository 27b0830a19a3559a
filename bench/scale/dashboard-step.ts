/**
 * A child of bench:scale: the Dashboard's key figures on a freshly opened workspace (cold: a new
 * process, nothing cached but the OS's pages) and again on the same connection (warm). Prints one
 * JSON line `{"cold": s, "warm": s}`.
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
const seconds = (): number => {
  const started = performance.now();
  computeKeyFigures(workspace.db);
  return (performance.now() - started) / 1000;
};
const cold = seconds();
const warm = seconds();
workspace.close();
console.log(JSON.stringify({ open, cold, warm }));
