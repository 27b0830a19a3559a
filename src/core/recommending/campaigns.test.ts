import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';
import { effectiveForecast } from '../forecasting/effective-forecast';
import { forecastDetail } from '../forecasting/forecast-detail';
import { runWorkspaceForecast } from '../forecasting/run-forecast';
import { createInlineTaskContext } from '../ground/task-context';
import { loadRunForecasts, seriesKey } from '../planning/load-forecasts';
import { addCampaign, listCampaigns, removeCampaign, updateCampaign } from './campaigns';
import { demandBetween, campaignDemand } from './campaign-demand';

describe('recommendation campaigns', () => {
  const tempDir = useTempDir();

  /** Two warehouses, one SKU selling ~10 a day in A and ~30 in B; a weekly run of 10 weeks from 2026-07-07. */
  function forecastShop() {
    const ws = emptyWorkspace(tempDir());
    const a = addLocation(ws.db, 'A');
    const b = addLocation(ws.db, 'B');
    const p = addProduct(ws.db, { sku: 'P' });
    addDailySales(ws.db, p, a, '2025-07-01', steadyUnits(365, 10));
    addDailySales(ws.db, p, b, '2025-07-01', steadyUnits(365, 30, 2));
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 10 }, createInlineTaskContext());
    return { ws, a, b, p, runId };
  }

  it('spreads a campaign’s units over its window, front-loaded, with a variance that grows with the audience', () => {
    const d = campaignDemand({ startDate: '2026-07-10', windowDays: 14, audienceSize: 1000, conversion: 0.1, conversionSource: 'entered', unitsPerBuyer: 2 });
    expect(d.expectedBuyers).toBeCloseTo(100);
    expect(d.expectedUnits).toBeCloseTo(200);
    const all = demandBetween(d, d.firstDay - 5, d.firstDay + 40);
    expect(all.mean).toBeCloseTo(200);
    const firstWeek = demandBetween(d, d.firstDay, d.firstDay + 6).mean;
    expect(firstWeek).toBeGreaterThan(200 - firstWeek);
    // An entered rate is uncertain by half of itself: sd of the units at least 100.
    expect(Math.sqrt(all.variance)).toBeGreaterThanOrEqual(100);
  });

  it('adds its demand to the forecast buckets it covers, split by location share, and the plan reads it', () => {
    const { ws, a, b, p, runId } = forecastShop();
    const before = effectiveForecast(ws.db, runId);
    const planBefore = loadRunForecasts(ws.db, runId);
    const c = addCampaign(ws.db, { name: 'July list', sku: 'P', startDate: '2026-07-10', windowDays: 14, audienceKind: 'size', audienceSize: 1000, conversion: 0.1, unitsPerBuyer: 1 });
    expect(c.expectedUnits).toBeCloseTo(100);
    const after = effectiveForecast(ws.db, runId);
    const added = after.reduce((s, r) => s + r.campaignMean, 0);
    expect(added).toBeCloseTo(100, 6);
    const atA = after.filter((r) => r.locationId === a).reduce((s, r) => s + r.campaignMean, 0);
    const atB = after.filter((r) => r.locationId === b).reduce((s, r) => s + r.campaignMean, 0);
    expect(atB / atA).toBeGreaterThan(2);
    // Only the buckets the window covers change; their band widens.
    const touched = after.filter((r) => r.campaignIds.includes(c.id));
    expect(new Set(touched.map((r) => r.bucketDate))).toEqual(new Set(['2026-07-14', '2026-07-21', '2026-07-28']));
    for (const row of touched) {
      const old = before.find((r) => r.locationId === row.locationId && r.bucketDate === row.bucketDate)!;
      expect(row.mean).toBeCloseTo(old.mean + row.campaignMean);
      expect(row.p90 - row.p10).toBeGreaterThan(old.p90 - old.p10);
    }
    const planAfter = loadRunForecasts(ws.db, runId);
    const sum = (m: typeof planAfter) => [...m.values()].reduce((s, x) => s + x.forecast.mean.reduce((t, v) => t + v, 0), 0);
    expect(sum(planAfter) - sum(planBefore)).toBeCloseTo(100, 6);
    expect(planAfter.get(seriesKey(p, b))!.forecast.variance[1]).toBeGreaterThan(planBefore.get(seriesKey(p, b))!.forecast.variance[1]!);

    const detail = forecastDetail(ws.db, runId, p, a);
    expect(detail.campaigns.map((x) => x.name)).toEqual(['July list']);
    expect(detail.forecast.some((f) => f.campaignUnits > 0)).toBe(true);
    ws.close();
  });

  it('edits and deletes in one transaction each, and refuses bad input without writing', () => {
    const { ws, runId } = forecastShop();
    const c = addCampaign(ws.db, { name: 'A', sku: 'P', startDate: '2026-07-10', audienceKind: 'size', audienceSize: 100, conversion: 0.2 });
    expect(c.windowDays).toBe(14);
    expect(c.unitsPerBuyer).toBe(1);
    const edited = updateCampaign(ws.db, c.id, { name: 'B', sku: 'P', startDate: '2026-07-20', audienceKind: 'size', audienceSize: 500, conversion: 0.2 });
    expect(edited.expectedBuyers).toBeCloseTo(100);
    expect(() => addCampaign(ws.db, { name: 'X', sku: 'NOPE', startDate: '2026-07-10', audienceKind: 'size', audienceSize: 5, conversion: 0.1 })).toThrow(/No SKU NOPE/);
    // No past campaign with a list: a conversion must be entered.
    expect(() => addCampaign(ws.db, { name: 'X', sku: 'P', startDate: '2026-07-10', audienceKind: 'size', audienceSize: 5 })).toThrow(/Enter an expected conversion/);
    expect(() => addCampaign(ws.db, { name: 'X', sku: 'P', startDate: '2026-07-10', audienceKind: 'recommended', conversion: 0.1 })).toThrow(/Make recommendations first/);
    expect(listCampaigns(ws.db).map((x) => x.name)).toEqual(['B']);
    removeCampaign(ws.db, c.id);
    expect(listCampaigns(ws.db)).toEqual([]);
    expect(effectiveForecast(ws.db, runId).every((r) => r.campaignMean === 0)).toBe(true);
    ws.close();
  });
});
