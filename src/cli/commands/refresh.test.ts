import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { refreshCommand } from './refresh';

let demo: ReturnType<typeof planningDemo>;
const logged: string[] = [];

beforeAll(() => {
  demo = planningDemo(30);
  vi.spyOn(console, 'log').mockImplementation((text: string) => void logged.push(text));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

describe('refresh command', () => {
  it('prints the steps and their seconds, then the summary as JSON', async () => {
    logged.length = 0;
    await refreshCommand(['--workspace', demo.file]);
    const text = logged.join('\n');
    // No new sales since run 1: its forecast stands, only the plan and alerts are made again.
    expect(text).toMatch(/^Kept run 1's forecast \(no week completed since it\); plan and alerts moved to 2026-06-30/);
    for (const step of ['forecast', 'history', 'plan', 'alerts', 'total']) expect(text).toMatch(new RegExp(`\\b${step}\\s+\\d+\\.\\d\\d s`));
    expect(text).toMatch(/0 re-forecast with their method, \d+ copied/);

    logged.length = 0;
    await refreshCommand(['--workspace', demo.file, '--json']);
    const summary = JSON.parse(logged.join('\n')) as { mode: string; runId: number; parentRunId: number; planId: number };
    expect(summary).toMatchObject({ mode: 'rolled', runId: 1, parentRunId: 1 });
    expect(summary.planId).toBeGreaterThan(0);
  });

  it('needs a workspace', async () => {
    await expect(refreshCommand([])).rejects.toThrow(/--workspace/);
  });
});
