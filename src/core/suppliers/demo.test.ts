import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../db/workspace';
import { createInlineTaskContext } from '../ground/task-context';
import { demoTask } from '../app/jobs/tasks/demo-task';
import { supplierLeadTimes } from './lead-times';
import { TRACEABLE_METRICS, type TraceableMetric } from './metric-definitions';
import type { SupplierMetrics } from './metric-accumulator';
import { recommendSuppliers } from './recommend-supplier';
import { supplierScorecards, type ScorecardReport } from './scorecards';
import { supplierDetail } from './supplier-detail';
import { traceSupplierMetric } from './trace';

const AS_OF = '2026-06-30';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suppliers-demo-'));
let workspace: Workspace;
let report: ScorecardReport;

beforeAll(() => {
  const file = path.join(dir, 'demo.supplydesk');
  demoTask({ path: file, name: 'Demo', skus: 300, seed: 7, asOf: AS_OF }, createInlineTaskContext());
  workspace = openWorkspace(file);
  report = supplierScorecards(workspace.db);
});
afterAll(() => {
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const find = (needle: string) => report.suppliers.find((s) => s.name.includes(needle))!;
const OVERSEAS = ['VN', 'BD', 'IT'];

describe('scorecards on the demo workspace', () => {
  it('scores every supplier, as of the demo date', () => {
    expect(report.asOf).toBe(AS_OF);
    expect(report.suppliers.length).toBeGreaterThanOrEqual(7);
    expect(report.suppliers.every((s) => s.score.score !== null && s.metrics.poLines > 30)).toBe(true);
  });

  it('ranks the unreliable Shenzhen supplier near the bottom and below every domestic one', () => {
    const shenzhen = find('Shenzhen');
    const rank = report.suppliers.indexOf(shenzhen);
    expect(rank).toBeGreaterThanOrEqual(report.suppliers.length - 3);
    const domestic = report.suppliers.filter((s) => s.country === 'CN' && s !== shenzhen);
    for (const s of domestic) expect(s.score.score!).toBeGreaterThan(shenzhen.score.score!);
    const fill = report.suppliers.map((s) => s.metrics.fillRate!);
    expect(shenzhen.metrics.fillRate).toBe(Math.min(...fill));
    expect(shenzhen.metrics.inFullRate).toBe(Math.min(...report.suppliers.map((s) => s.metrics.inFullRate!)));
  });

  it('measures longer and more variable lead times overseas', () => {
    const overseas = report.suppliers.filter((s) => OVERSEAS.includes(s.country ?? ''));
    const domestic = report.suppliers.filter((s) => s.country === 'CN');
    expect(overseas.length).toBeGreaterThanOrEqual(3);
    const slowestDomestic = Math.max(...domestic.map((s) => s.metrics.leadTime!.p90));
    for (const s of overseas) {
      expect(s.metrics.leadTime!.mean).toBeGreaterThan(30);
      expect(s.metrics.leadTime!.median).toBeGreaterThan(slowestDomestic);
    }
    const table = supplierLeadTimes(workspace.db);
    for (const s of overseas) {
      const profile = table.suppliers.find((p) => p.supplierId === s.id)!;
      expect(profile.source).toBe('measured');
      expect(profile.sdDays).toBeGreaterThan(5);
    }
  });

  it('traces every metric of every supplier to lines that add up to the scorecard figure', () => {
    const scorecardValue: Record<TraceableMetric, (m: SupplierMetrics) => number | null> = {
      po_lines: (m) => m.poLines, deliveries: (m) => m.deliveries, overdue: (m) => m.overdueLines,
      on_time: (m) => m.onTimeRate, in_full: (m) => m.inFullRate, otif: (m) => m.otif, fill_rate: (m) => m.fillRate,
      lead_time: (m) => m.leadTime?.mean ?? null, lead_time_reliability: (m) => m.leadTimeReliability,
      rejection_rate: (m) => m.rejectionRate, price_variance: (m) => m.priceVariance, spend: (m) => m.spend,
    };
    for (const s of report.suppliers) {
      for (const metric of TRACEABLE_METRICS) {
        const trace = traceSupplierMetric(workspace.db, s.id, metric);
        const expected = scorecardValue[metric](s.metrics);
        if (expected === null) expect(trace.value).toBeNull();
        else expect(trace.value).toBeCloseTo(expected, 9);
        if (metric === 'po_lines') expect(trace.lines).toHaveLength(s.metrics.poLines);
      }
    }
  });

  it('adds the monthly table up to the period', () => {
    const detail = supplierDetail(workspace.db, find('Shenzhen').id);
    const sum = (pick: (m: SupplierMetrics) => number) => detail.monthly.reduce((total, month) => total + pick(month.metrics), 0);
    expect(detail.monthly).toHaveLength(12);
    expect(sum((m) => m.poLines)).toBe(detail.scorecard.metrics.poLines);
    expect(sum((m) => m.counts.otif)).toBe(detail.scorecard.metrics.counts.otif);
    expect(detail.rolling.days365.poLines).toBe(detail.scorecard.metrics.poLines);
    expect(detail.skus.reduce((total, sku) => total + sku.metrics.poLines, 0)).toBe(detail.scorecard.metrics.poLines);
  });

  it('recommends one supplier for each SKU with a backup', () => {
    const recommendations = recommendSuppliers(workspace.db);
    expect(recommendations.length).toBeGreaterThan(10);
    for (const r of recommendations) {
      expect(r.options.length).toBeGreaterThanOrEqual(2);
      expect(r.recommended).toBe(r.options[0]);
      expect(r.options[0]!.adjustedCost).toBeLessThanOrEqual(r.options[1]!.adjustedCost);
    }
  });
});
