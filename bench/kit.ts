/** What every benchmark script needs: its command-line options, timings, and a demo workspace to time on. */
import { createWorkspace, finishBulkWrite } from '../src/core/db/workspace';
import { generateDemo } from '../src/core/demo/generate-demo';
import { createInlineTaskContext } from '../src/core/ground/task-context';

/** `--name value` from the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

export function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

export const fmt = (ms: number) => `${Math.round(ms).toLocaleString('en')} ms`;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** A demo business written to `file` in bulk mode (as the app's demo is), closed again. */
export function buildDemoWorkspace(file: string, demo: { name: string; skus: number; seed: number; asOf: string }): { ms: number } {
  return time(() => {
    const workspace = createWorkspace(file, { name: demo.name, kind: 'demo', bulk: true });
    generateDemo(workspace.db, { skus: demo.skus, seed: demo.seed, asOf: demo.asOf }, createInlineTaskContext());
    finishBulkWrite(workspace);
    workspace.close();
  });
}
