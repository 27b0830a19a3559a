import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logisticsDemo } from '../../../test/fixtures/logistics-workspace';
import type { Workspace } from '../db/workspace';
import { planAlertLogistics, planLogistics } from './plan-logistics';

/**
 * The alerts check plans only the transfers and expedite candidates of a plan's logistics: on a
 * real 300-SKU demo with its forecast, plan and lanes they are exactly those the whole logistics
 * plan decides — same drafts, figures, reasons and order.
 */
let demo: ReturnType<typeof logisticsDemo>;
let ws: Workspace;

beforeAll(() => {
  demo = logisticsDemo(300);
  ws = demo.open();
}, 300_000);
afterAll(() => {
  ws.close();
  demo.remove();
});

describe('planAlertLogistics', () => {
  it('decides exactly the transfer drafts and expedite candidates planLogistics decides', () => {
    const whole = planLogistics(ws.db);
    const forAlerts = planAlertLogistics(ws.db);
    expect(whole.transfers.length).toBeGreaterThanOrEqual(5);
    expect(whole.expediteCandidates.length).toBeGreaterThan(0);
    expect(forAlerts.planId).toBe(whole.planId);
    expect(forAlerts.transfers).toEqual(whole.transfers);
    expect(forAlerts.expediteCandidates).toEqual(whole.expediteCandidates);
  });
});
