import fs from 'node:fs';
import { generateDemo, generateDemoWith, type DemoResult } from '../../../demo/generate-demo';
import { AppError } from '../../../ground/errors/app-error';
import { createWorkspace, finishBulkWrite, type Workspace } from '../../../db/workspace';
import { refreshAlerts } from '../../../monitoring/alerts';
import type { TaskContext } from '../../../ground/task-context';
import { demoHistoryOnWorker } from './demo-history-task';
import { partialDemoPath, removePartialDemo } from './demo-partial';

export interface DemoTaskInput {
  path: string;
  name: string;
  skus: number;
  seed: number;
  asOf: string;
  /**
   * The job worker's entry: with it, a demo of MIN_SKUS_FOR_WORKER SKUs or more simulates its
   * history on a worker thread of its own while this thread writes (both cores busy).
   */
  workerEntry?: string | undefined;
}

export interface DemoTaskResult extends DemoResult {
  path: string;
  seconds: number;
}

/** Below this the worker's start (a fraction of a second) costs more than it saves. */
export const MIN_SKUS_FOR_WORKER = 2000;

/**
 * Writes the demo into a private temporary file and moves it into place only
 * when complete, so a cancelled or failed run never leaves a half workspace.
 * With a worker entry and enough SKUs it returns a promise (history simulated on a worker);
 * otherwise it runs on this thread and returns when done.
 */
export function demoTask(input: DemoTaskInput, ctx: TaskContext): DemoTaskResult | Promise<DemoTaskResult> {
  const { workerEntry } = input;
  const started = performance.now();
  const workspace = createPartial(input);
  const options = { skus: input.skus, seed: input.seed, asOf: input.asOf };
  if (!workerEntry || input.skus < MIN_SKUS_FOR_WORKER) {
    try {
      return complete(input, workspace, generateDemo(workspace.db, options, ctx), ctx, started);
    } catch (error) {
      discard(workspace);
      throw error;
    }
  }
  return generateDemoWith(workspace.db, options, ctx, demoHistoryOnWorker(workerEntry)).then(
    (result) => complete(input, workspace, result, ctx, started),
    (error: unknown) => {
      discard(workspace);
      throw error;
    },
  );
}

function createPartial(input: DemoTaskInput): Workspace {
  if (fs.existsSync(input.path)) {
    throw new AppError('workspace_exists', `A file already exists at ${input.path}`, { path: input.path });
  }
  const partial = partialDemoPath(input.path);
  removePartialDemo(partial);
  return createWorkspace(partial, { name: input.name, kind: 'demo', bulk: true });
}

/** The morning alerts, then the file made durable and moved into place. */
function complete(input: DemoTaskInput, workspace: Workspace, result: DemoResult, ctx: TaskContext, started: number): DemoTaskResult {
  try {
    ctx.throwIfCancelled();
    // The demo opens with its morning check done: the Dashboard's action list is filled from the start.
    refreshAlerts(workspace.db, { task: ctx });
    finishBulkWrite(workspace);
    workspace.close();
    fs.renameSync(workspace.path, input.path);
    return { ...result, path: input.path, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    discard(workspace);
    throw error;
  }
}

function discard(workspace: Workspace): void {
  workspace.close();
  removePartialDemo(workspace.path);
}
