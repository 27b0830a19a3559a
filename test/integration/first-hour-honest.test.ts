/**
 * A merchant's first hour on a real workspace file: only their sales export, which ends years
 * before the wall clock. Every figure must say what it lacks, and every part of the product must
 * count from the one as-of date of the data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAsOf } from '../../src/core/db/data-as-of';
import type { Workspace } from '../../src/core/db/workspace';
import { listRuns } from '../../src/core/forecasting';
import { refreshAlerts, workspaceToday } from '../../src/core/monitoring/alerts';
import { computeKeyFigures } from '../../src/core/monitoring/key-figures';
import { buildPlan } from '../../src/core/planning';
import { resolvePeriod } from '../../src/core/suppliers';
import { supplierScorecards } from '../../src/core/suppliers/scorecards';
import { isoFromDay } from '../../src/core/ground/calendar';
import { importStock, LAST_DAY, salesOnlyWorkspace } from '../fixtures/first-hour-workspace';

let dir = '';
let ws: Workspace;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-first-hour-'));
  ws = await salesOnlyWorkspace(dir, 80, { forecast: true });
}, 120_000);
afterAll(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const figure = (id: string) => computeKeyFigures(ws.db).figures.find((f) => f.id === id)!;

describe('a workspace with sales only', () => {
  it('counts everything from the data’s as-of date, never the calendar’s', () => {
    expect(dataAsOf(ws.db)).toBe(LAST_DAY);
    expect(computeKeyFigures(ws.db).asOf).toBe(LAST_DAY);
    expect(workspaceToday(ws.db)).toBe(LAST_DAY);
    expect(refreshAlerts(ws.db).today).toBe(LAST_DAY);
    expect(buildPlan(ws.db).planDate).toBe(LAST_DAY);
    const period = resolvePeriod(ws.db);
    expect([isoFromDay(period.fromDay), isoFromDay(period.toDay)]).toEqual(['2010-04-01', LAST_DAY]);
    const scorecards = supplierScorecards(ws.db);
    expect([scorecards.from, scorecards.to, scorecards.asOf]).toEqual(['2010-04-01', LAST_DAY, LAST_DAY]);
  });

  it('shows no fill rate, stock value or cover without stock snapshots, and says stock is what is missing', () => {
    for (const id of ['fillRate', 'stockValue', 'weeksOfCover']) {
      const f = figure(id);
      expect(f.value, id).toBeNull();
      expect(f.trend.every((p) => p.value === null), id).toBe(true);
      expect(f.missing, id).toEqual({ need: 'stock', after: null });
    }
  });

  it('shows no overdue lines, open PO value or OTIF without purchase orders', () => {
    for (const id of ['overduePoLines', 'openPoValue', 'supplierOtif']) {
      expect(figure(id).value, id).toBeNull();
      expect(figure(id).missing, id).toEqual({ need: 'purchaseOrders', after: null });
    }
  });

  it('scores the forecast by its backtest, or says it waits for sales after the run — never "run a forecast"', () => {
    const accuracy = figure('forecastAccuracy');
    const run = listRuns(ws.db).find((r) => r.status === 'done')!;
    if (accuracy.value === null) expect(accuracy.missing).toEqual({ need: 'salesAfterRun', after: run.historyTo });
    else expect([accuracy.basis, accuracy.missing]).toEqual(['backtest', null]);
  });

  it('raises one stale-stock alert as "never imported", counted for every SKU, and no stock-out on an assumed zero', () => {
    const summary = refreshAlerts(ws.db);
    const row = ws.db.prepare("SELECT facts FROM alerts WHERE kind = 'staleStock' AND status = 'open'").pluck().get() as string;
    expect(JSON.parse(row)).toMatchObject({ newestDate: null, ageDays: null, seriesWithoutSnapshot: 80 });
    expect([summary.byKind.staleStock, summary.byKind.stockout, summary.byKind.belowReorderPoint]).toEqual([1, 0, 0]);
  });

  it('measures the fill rate once stock snapshots are imported', async () => {
    await importStock(ws, dir, 80);
    const fill = figure('fillRate');
    expect(fill.missing).toBeNull();
    expect(fill.value).not.toBeNull();
    expect(computeKeyFigures(ws.db).asOf).toBe(LAST_DAY);
  });
});
