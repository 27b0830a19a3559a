/**
 * Runs the demo exactly as the CLI's `demo` command does (demoTask: generate, the morning alerts,
 * finish the bulk write, move into place) and times each progress step by its first report: wall
 * and CPU seconds (every thread of the process), so a slow step shows apart from a busy machine,
 * and the main thread's own CPU seconds: with the history simulated on a worker, the main thread
 * (the writes) is the critical path, so its CPU seconds are what the step takes on a quiet machine.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceWorkerEntry } from '../../src/core/app/jobs/runner';
import { demoTask, type DemoTaskResult } from '../../src/core/app/jobs/tasks/demo-task';
import { createInlineTaskContext } from '../../src/core/ground/task-context';

export interface StepTiming {
  step: string;
  seconds: number;
  cpuSeconds: number;
  /** The main thread alone (NaN where /proc is not there). */
  mainCpuSeconds: number;
}

export interface DemoTiming {
  result: DemoTaskResult;
  steps: StepTiming[];
  seconds: number;
  cpuSeconds: number;
  mainCpuSeconds: number;
}

const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** Linux: the main thread's (task id = pid) user + system time, in clock ticks of 1/100 s. */
const mainCpuNow = (): number => {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
};

/** Alert steps are many and short: one line for all of them. */
const group = (step: string): string => (step.startsWith('demo.') ? step : `${step.split('.')[0] ?? step} (after the demo)`);

export async function timeDemo(file: string, options: { skus: number; seed: number; asOf: string; inline?: boolean }): Promise<DemoTiming> {
  const steps: StepTiming[] = [];
  const started = { wall: performance.now(), cpu: cpuNow(), main: mainCpuNow() };
  let current: { step: string; wall: number; cpu: number; main: number } | null = null;
  const close = (wall: number, cpu: number, main: number) => {
    if (current) steps.push({ step: current.step, seconds: (wall - current.wall) / 1000, cpuSeconds: cpu - current.cpu, mainCpuSeconds: main - current.main });
  };
  const ctx = createInlineTaskContext((step) => {
    const name = group(step);
    if (current?.step === name) return;
    const wall = performance.now();
    const cpu = cpuNow();
    const main = mainCpuNow();
    close(wall, cpu, main);
    current = { step: name, wall, cpu, main };
  });
  const { inline, ...demo } = options;
  // As the CLI runs it: the history on a worker thread, unless `inline` asks for the one-thread path.
  const workerEntry = inline ? undefined : fileURLToPath(sourceWorkerEntry);
  const result = await demoTask({ path: file, name: 'Bench demo', ...demo, workerEntry }, ctx);
  const wall = performance.now();
  const cpu = cpuNow();
  const main = mainCpuNow();
  close(wall, cpu, main);
  return { result, steps, seconds: (wall - started.wall) / 1000, cpuSeconds: cpu - started.cpu, mainCpuSeconds: main - started.main };
}
