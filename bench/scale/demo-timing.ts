/**
 * Runs the demo exactly as the CLI's `demo` command does (demoTask: generate, the morning alerts,
 * finish the bulk write, move into place) and times each progress step by its first report: wall
 * and CPU seconds (every thread of the process), so a slow step shows apart from a busy machine.
 */
import { fileURLToPath } from 'node:url';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';
import { demoTask, type DemoTaskResult } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';

export interface StepTiming {
  step: string;
  seconds: number;
  cpuSeconds: number;
}

export interface DemoTiming {
  result: DemoTaskResult;
  steps: StepTiming[];
  seconds: number;
  cpuSeconds: number;
}

const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** Alert steps are many and short: one line for all of them. */
const group = (step: string): string => (step.startsWith('demo.') ? step : `${step.split('.')[0] ?? step} (after the demo)`);

export async function timeDemo(file: string, options: { skus: number; seed: number; asOf: string; inline?: boolean }): Promise<DemoTiming> {
  const steps: StepTiming[] = [];
  const started = { wall: performance.now(), cpu: cpuNow() };
  let current: { step: string; wall: number; cpu: number } | null = null;
  const close = (wall: number, cpu: number) => {
    if (current) steps.push({ step: current.step, seconds: (wall - current.wall) / 1000, cpuSeconds: cpu - current.cpu });
  };
  const ctx = createInlineTaskContext((step) => {
    const name = group(step);
    if (current?.step === name) return;
    const wall = performance.now();
    const cpu = cpuNow();
    close(wall, cpu);
    current = { step: name, wall, cpu };
  });
  const { inline, ...demo } = options;
  // As the CLI runs it: the history on a worker thread, unless `inline` asks for the one-thread path.
  const workerEntry = inline ? undefined : fileURLToPath(sourceWorkerEntry);
  const result = await demoTask({ path: file, name: 'Bench demo', ...demo, workerEntry }, ctx);
  const wall = performance.now();
  const cpu = cpuNow();
  close(wall, cpu);
  return { result, steps, seconds: (wall - started.wall) / 1000, cpuSeconds: cpu - started.cpu };
}
