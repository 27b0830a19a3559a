import { describe, expect, it } from 'vitest';
import { GUARD_FACTOR, safetyStop } from './safety-stop';

function burnCpu(seconds: number): void {
  const from = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(from);
    if ((used.user + used.system) / 1e6 > seconds) return;
  }
}

describe('safetyStop', () => {
  it('has not passed before the budget on the clock, whatever the CPU', () => {
    const stop = safetyStop(performance.now(), 60);
    burnCpu(0.05);
    expect(stop.passed()).toBe(false);
  });

  it('waits, once the clock has passed the budget, until the process has had the budget in CPU seconds', () => {
    // Training began 2 s ago on the clock (the budget 0.5 s, the guard 5 s), and this process has
    // since used next to no CPU: a busy machine.
    const stop = safetyStop(performance.now() - 2000, 0.5);
    expect(stop.passed()).toBe(false);
    burnCpu(0.55);
    expect(stop.passed()).toBe(true);
  });

  it('fires on the clock alone past the guard', () => {
    const budget = 0.5;
    const stop = safetyStop(performance.now() - (GUARD_FACTOR * budget * 1000 + 10), budget);
    expect(stop.passed()).toBe(true);
  });
});
