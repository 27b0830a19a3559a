import { describe, expect, it } from 'vitest';
import { useLogisticsDemo } from '../../../test/fixtures/use-logistics-demo';
import { planAlertLogistics, planLogistics } from './plan-logistics';

/**
 * The alerts check plans only the transfers and expedite candidates of a plan's logistics: on a
 * real 300-SKU demo with its forecast, plan and lanes they are exactly those the whole logistics
 * plan decides — same drafts, figures, reasons and order.
 */
const demo = useLogisticsDemo(300, 300_000);

describe('planAlertLogistics', () => {
  it('decides exactly the transfer drafts and expedite candidates planLogistics decides', () => {
    const whole = planLogistics(demo.ws.db);
    const forAlerts = planAlertLogistics(demo.ws.db);
    expect(whole.transfers.length).toBeGreaterThanOrEqual(5);
    expect(whole.expediteCandidates.length).toBeGreaterThan(0);
    expect(forAlerts.planId).toBe(whole.planId);
    expect(forAlerts.transfers).toEqual(whole.transfers);
    expect(forAlerts.expediteCandidates).toEqual(whole.expediteCandidates);
  });
});
