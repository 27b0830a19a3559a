import fs from 'node:fs';
import { generateDemo, type DemoResult } from '../../../demo/generate-demo';
import { AppError } from '../../../ground/errors/app-error';
import { createWorkspace, finishBulkWrite } from '../../../db/workspace';
import { refreshAlerts } from '../../../monitoring/alerts';
import type { TaskContext } from '../../../ground/task-context';

export interface DemoTaskInput {
  path: string;
  name: string;
  skus: number;
  seed: number;
  asOf: string;
}

export interface DemoTaskResult extends DemoResult {
  path: string;
  seconds: number;
}

/**
 * Writes the demo into a private temporary file and moves it into place only
 * when complete, so a cancelled or failed run never leaves a half workspace.
 */
export function demoTask(input: DemoTaskInput, ctx: TaskContext): DemoTaskResult {
  if (fs.existsSync(input.path)) {
    throw new AppError('workspace_exists', `A file already exists at ${input.path}`, { path: input.path });
  }
  const started = performance.now();
  const partial = `${input.path}.partial`;
  fs.rmSync(partial, { force: true });
  const workspace = createWorkspace(partial, { name: input.name, kind: 'demo', bulk: true });
  try {
    const result = generateDemo(workspace.db, { skus: input.skus, seed: input.seed, asOf: input.asOf }, ctx);
    ctx.throwIfCancelled();
    // The demo opens with its morning check done: the Dashboard's action list is filled from the start.
    refreshAlerts(workspace.db, { task: ctx });
    finishBulkWrite(workspace);
    workspace.close();
    fs.renameSync(partial, input.path);
    return { ...result, path: input.path, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    workspace.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
    throw error;
  }
}
