/**
 * The training's safety stop. It fires once the budget has passed on the clock AND the process
 * has had the budget's CPU seconds since training began: on a busy machine the wall clock runs
 * ahead of the work done, and a stop on the clock alone would cut the planned training at a
 * point set by the neighbours' load, so the same data would give a different model. A guard at
 * GUARD_FACTOR times the budget on the clock still ends a training the machine cannot run.
 */

export const GUARD_FACTOR = 10;

export interface SafetyStop {
  /** Whether no new batch or epoch should start. */
  passed(): boolean;
}

function cpuSeconds(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}

/** `startedMs` is performance.now() when training began; CPU is counted from this call. */
export function safetyStop(startedMs: number, budgetSeconds: number): SafetyStop {
  const cpuAtStart = cpuSeconds();
  const due = startedMs + budgetSeconds * 1000;
  const guard = startedMs + GUARD_FACTOR * budgetSeconds * 1000;
  return {
    passed(): boolean {
      const now = performance.now();
      if (now <= due) return false;
      return now > guard || cpuSeconds() - cpuAtStart > budgetSeconds;
    },
  };
}
