import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { openWorkspace } from '../../core/db/workspace';
import { planAndSave } from '../../core/planning/plan-and-save';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { approveCommand } from './approve';

let demo: ReturnType<typeof planningDemo>;
const logged: string[] = [];

beforeAll(() => {
  demo = planningDemo(30);
  vi.spyOn(console, 'log').mockImplementation((text: string) => void logged.push(text));
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

describe('approve command', () => {
  it('approves the newest draft plan into purchase orders; then there is nothing left to approve', () => {
    const workspace = openWorkspace(demo.file);
    const runId = workspace.db.prepare('SELECT max(id) FROM forecast_runs').pluck().get() as number;
    const { planId } = planAndSave(workspace.db, { runId }, createInlineTaskContext());
    workspace.close();

    logged.length = 0;
    expect(approveCommand(['--workspace', demo.file, '--json'])).toBe(0);
    const result = JSON.parse(logged.join('\n')) as { planId: number; lines: number; purchaseOrders: { poNumber: string }[] };
    expect(result.planId).toBe(planId);
    expect(result.lines).toBeGreaterThan(0);
    expect(result.purchaseOrders[0]!.poNumber).toMatch(new RegExp(`^SD-${planId}-\\d{3}$`));

    // The plan is approved now: no draft plan is left.
    expect(() => approveCommand(['--workspace', demo.file])).toThrow(/no draft plan/);
    expect(() => approveCommand(['--workspace', demo.file, '--plan', String(planId)])).not.toThrow();
    expect(logged.at(-1)).toMatch(/has no draft lines to approve/);
  });

  it('needs a workspace', () => {
    expect(() => approveCommand([])).toThrow(/--workspace/);
  });
});
