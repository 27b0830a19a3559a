/**
 * Times named steps into `stepsMs` (wall milliseconds) and, when given, `cpuMs` (this process's CPU
 * milliseconds: on a shared machine wall time mostly measures the neighbours) when a caller asked
 * for them; else just runs them.
 */
export function stepTimer(stepsMs: Record<string, number> | undefined, cpuMs?: Record<string, number>): <T>(step: string, work: () => T) => T {
  return (step, work) => {
    if (!stepsMs) return work();
    const at = performance.now();
    const cpuAt = cpuMs ? process.cpuUsage() : null;
    const value = work();
    stepsMs[step] = Math.round(performance.now() - at);
    if (cpuMs && cpuAt) {
      const used = process.cpuUsage(cpuAt);
      cpuMs[step] = Math.round((used.user + used.system) / 1000);
    }
    return value;
  };
}
