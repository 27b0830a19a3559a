import { describe, expect, it } from 'vitest';
import { useLogisticsDemo } from '../../../../test/fixtures/use-logistics-demo';
import { createInlineTaskContext } from '../../ground/task-context';
import { listLogisticsReplays, loadReplayGroups, loadReplayLanes, replayArm, resolveLogisticsReplay, runLogisticsReplay, saveLogisticsReplay } from '.';
import { SINGLE_MODE, WITH_LOGISTICS } from './logistics-replay';

const demo = useLogisticsDemo(40);

const policy = { kind: 'supplydesk' as const, serviceLevel: 0.95, reviewDays: 7 };
const costs = { holdingRatePerYear: 0.25, seed: 1 };

describe('logistics replay', () => {
  it('is repeatable; without transfers and mode choice the logistics arm is the single-mode arm', () => {
    const settings = resolveLogisticsReplay(demo.ws.db, { days: 182 });
    const groups = loadReplayGroups(demo.ws.db, settings.from, settings.to);
    const lanes = loadReplayLanes(demo.ws.db);
    expect(groups.some((g) => g.length === 2)).toBe(true);
    const single = replayArm(groups, lanes, policy, SINGLE_MODE, costs);
    expect(replayArm(groups, lanes, policy, SINGLE_MODE, costs)).toEqual(single);
    const both = replayArm(groups, lanes, policy, WITH_LOGISTICS, costs);
    expect(both).toEqual(replayArm(groups, lanes, policy, WITH_LOGISTICS, costs));
    // Same demand in both arms; each cost adds up.
    expect(both.demandUnits).toBeCloseTo(single.demandUnits, 6);
    for (const arm of [single, both]) expect(arm.totalCost).toBeCloseTo(arm.holdingCost + arm.freightCost + arm.lostMargin, 6);
    expect(single.transfers + single.splitOrders + single.expeditedUnits).toBe(0);
    expect(single.freightCost).toBeGreaterThan(0);
  });

  it('runs five arms with progress, calibrates the single mode to the logistics arm\'s inventory, stores and lists them', () => {
    const steps = new Set<string>();
    const settings = resolveLogisticsReplay(demo.ws.db, { days: 182 });
    const results = runLogisticsReplay(demo.ws.db, settings, createInlineTaskContext((step) => steps.add(step)));
    expect([...steps]).toEqual(['logisticsReplay.load', 'logisticsReplay.arms']);
    // Each decision alone: the same demand; only its own kind of decision is taken.
    for (const arm of [results.transfersOnly, results.modeChoiceOnly, results.logistics]) expect(arm.demandUnits).toBeCloseTo(results.singleMode.demandUnits, 6);
    expect(results.transfersOnly.splitOrders + results.transfersOnly.expeditedUnits).toBe(0);
    expect(results.modeChoiceOnly.transfers).toBe(0);
        const gap = (x: number) => Math.abs(x - results.logistics.avgInventoryValue);
    expect(gap(results.singleModeAtEqualInventory.avgInventoryValue)).toBeLessThanOrEqual(gap(results.singleMode.avgInventoryValue));
    const id = saveLogisticsReplay(demo.ws.db, settings, results, 1.2);
    expect(listLogisticsReplays(demo.ws.db)[0]).toMatchObject({ id, settings, seconds: 1.2 });
  });

  it('stops when cancelled, and says what to import without lanes', () => {
    const ctx = createInlineTaskContext();
    ctx.cancel();
    const settings = resolveLogisticsReplay(demo.ws.db, { days: 182 });
    expect(() => runLogisticsReplay(demo.ws.db, settings, ctx)).toThrow(/cancelled/);
    demo.ws.db.exec('DELETE FROM lanes');
    expect(() => runLogisticsReplay(demo.ws.db, settings, createInlineTaskContext())).toThrow(/no lanes: import lanes/);
  });
});
