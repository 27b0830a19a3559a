/** Times named steps into `stepsMs` (milliseconds) when a caller asked for them; else just runs them. */
export function stepTimer(stepsMs: Record<string, number> | undefined): <T>(step: string, work: () => T) => T {
  return (step, work) => {
    if (!stepsMs) return work();
    const at = performance.now();
    const value = work();
    stepsMs[step] = Math.round(performance.now() - at);
    return value;
  };
}
