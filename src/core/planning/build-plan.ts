/**
 * A replenishment plan for every SKU-location of a forecast run: positions, projections, segment
 * settings, target levels, rounded quantities with reasons, the budget cut and PO drafts. Pure
 * reading: saving is plan-store.ts.
 */

import type Database from 'better-sqlite3';
import { serviceLevelSchema } from '../../shared/contract/schemas/planning';
import { dataAsOf } from '../db/data-as-of';
import { AppError } from '../ground/errors/app-error';
import { checkWith } from '../ground/errors/check-with';
import { MEAN_BUCKET_DAYS } from '../forecasting/bucket-grid';
import { listRuns, type RunInfo } from '../forecasting/runs';
import { leadTimeLookup, type LeadTimeProfile } from '../suppliers/lead-times';
import { applyBudget } from './budget';
import { keepLocked, lockedLinesOf, type LockedLine } from './carry-locked';
import { classifyAbc, classifyXyz } from './classify';
import { applyContainerLimits } from './containers';
import { applyLandedCosts } from './landed-cost';
import { emptyPosition, loadPositions } from './inventory-position';
import { planLeadTimes } from './lead-times/lead-time-stats';
import { loadRunForecasts, seriesKey } from './load-forecasts';
import { missingInputs } from './missing-inputs';
import { computeLine } from './plan-line';
import { lineReason } from './reason';
import { buildDrafts } from './po-drafts';
import { projectRunOut } from './projection';
import { readSettingOverrides, settingResolver } from './settings';
import { stepTimer } from './step-timer';
import { loadLocationCodes, loadProducts, loadSupplierChoices, type SupplierChoice } from './supplier-choice';
import type { LeadTimeUsed, Plan, PlanLine, PlanOptions } from './types';

export const DEFAULT_ORDERING_COST = 50;
export const DEFAULT_HOLDING_RATE = 0.25;

export function latestRunId(db: Database.Database): number | null {
  return listRuns(db).find((r) => r.status === 'done')?.id ?? null;
}

/** Reports progress every this many lines, and checks for cancellation. */
const PROGRESS_EVERY = 500;

export interface PlanProgress {
  progress(step: string, current: number, total: number): void;
  throwIfCancelled(): void;
}

/** The date a plan of run `runId` (default the newest) is made as of when none is given; null without a run. */
export function defaultPlanDateOf(db: Database.Database, runId: number | null = latestRunId(db)): string | null {
  const run = runId === null ? undefined : listRuns(db).find((r) => r.id === runId);
  return run ? defaultPlanDate(db, run) : null;
}

/**
 * `stepsMs`, when given, receives each step's wall milliseconds (forecasts, positions, catalog,
 * leadTimes, lines, limits), and `cpuMs` their CPU milliseconds.
 */
export function buildPlan(
  db: Database.Database,
  options: PlanOptions = {},
  ctx?: PlanProgress,
  stepsMs?: Record<string, number>,
  cpuMs?: Record<string, number>,
): Plan {
  const runId = options.runId ?? latestRunId(db);
  if (runId === null) throw new AppError('not_found', 'The workspace has no forecast run to plan from', {});
  const run = listRuns(db).find((r) => r.id === runId);
  if (!run) throw new AppError('not_found', `No forecast run ${runId}`, { runId });
  if (options.serviceLevel !== undefined) {
    checkWith(serviceLevelSchema, options.serviceLevel, 'The service level must be between 0 and 1 (e.g. 0.95)', { field: 'serviceLevel' });
  }
  const timed = stepTimer(stepsMs, cpuMs);
  const planDate = options.planDate ?? defaultPlanDate(db, run);
  const bucketDays = MEAN_BUCKET_DAYS[run.frequency];
  const forecasts = timed('forecasts', () => [...loadRunForecasts(db, runId).values()]);
  const positions = timed('positions', () => loadPositions(db, planDate, run.locations === 'total'));
  const { products, suppliers, locations } = timed('catalog', () => ({ products: loadProducts(db), suppliers: loadSupplierChoices(db), locations: loadLocationCodes(db) }));
  // Unset, the saved scorecard switch (measured or promised lead times) decides; measured ones are
  // kept in the workspace while the purchase data stands.
  const leadTimes = timed('leadTimes', () =>
    leadTimeLookup(planLeadTimes(db, { asOf: planDate, ...(options.usePromisedLeadTimes !== undefined ? { usePromised: options.usePromisedLeadTimes } : {}) }).table),
  );
  const resolve = settingResolver(readSettingOverrides(db));
  const kept = options.keepLockedFrom !== undefined ? lockedLinesOf(db, options.keepLockedFrom) : new Map<string, LockedLine>();
  const lines = timed('lines', () => {
    const values = forecasts.map((s) => {
      const cost = suppliers.get(s.productId)?.unitCost ?? products.get(s.productId)?.unitCost ?? 0;
      return s.forecast.mean.reduce((a, b) => a + b, 0) * cost;
    });
    const abc = classifyAbc(values);
    const lines: PlanLine[] = [];
    forecasts.forEach((series, i) => {
      if (ctx && i % PROGRESS_EVERY === 0) {
        ctx.throwIfCancelled();
        ctx.progress('plan.lines', i, forecasts.length);
      }
      const product = products.get(series.productId);
      if (!product) return;
      const supplier = suppliers.get(series.productId) ?? null;
      const position = positions.get(seriesKey(series.productId, series.locationId)) ?? emptyPosition();
      const xyz = classifyXyz(series.forecast.mean[0] ?? 0, series.forecast.variance[0] ?? 0);
      const segment = { productId: product.productId, category: product.category, abc: abc[i]!, xyz };
      const resolved = resolve(segment);
      // The resolver's setting is shared between lines: a plan-wide service level makes a copy.
      const setting = options.serviceLevel !== undefined ? { ...resolved, serviceLevel: options.serviceLevel } : resolved;
      const line = computeLine({
        series, product, supplier, position, setting, abc: segment.abc, xyz, planDate, bucketDays,
        location: locations.get(series.locationId) ?? String(series.locationId),
        leadTime: leadTimeUsed(supplier, supplier ? leadTimes(supplier.supplierId, product.productId) : null),
        projection: projectRunOut(position, series.forecast.mean, series.bucketDates, bucketDays, planDate),
        orderingCost: options.orderingCost ?? DEFAULT_ORDERING_COST,
        holdingRatePerYear: options.holdingRatePerYear ?? DEFAULT_HOLDING_RATE,
      });
      const locked = kept.get(seriesKey(series.productId, series.locationId));
      if (locked && options.keepLockedFrom !== undefined) keepLocked(line, locked, options.keepLockedFrom);
      lines.push(line);
    });
    ctx?.progress('plan.lines', forecasts.length, forecasts.length);
    return lines;
  });
  const cut = timed('limits', () => {
    // Containers first: what cannot ship this time is not bought either.
    applyContainerLimits(lines);
    for (const line of lines) if (line.containerCut) line.reason = lineReason(line);
    applyLandedCosts(db, lines);
    return options.budget !== undefined ? applyBudget(lines, options.budget) : null;
  });
  const ordered = lines.filter((l) => l.quantity > 0);
  return {
    id: null,
    planDate,
    runId,
    createdAt: new Date().toISOString(),
    settings: options,
    lines,
    drafts: buildDrafts(lines, new Map([...suppliers.values()].map((s) => [s.supplierId, s]))),
    summary: {
      skuLocations: lines.length,
      linesToOrder: ordered.length,
      units: ordered.reduce((s, l) => s + l.quantity, 0),
      value: Math.round(ordered.reduce((s, l) => s + l.quantity * (l.unitCost ?? 0), 0) * 100) / 100,
      noSnapshot: lines.filter((l) => !l.hasSnapshot).length,
      noSupplier: lines.filter((l) => l.supplierId === null).length,
      missingInputs: missingInputs(lines),
      budget: options.budget ?? null,
      cutLines: cut?.cutLines ?? 0,
      cutValue: Math.round((cut?.cutValue ?? 0) * 100) / 100,
    },
  };
}

/** Measured lead time (supplier-SKU, else supplier) when there is one; else the terms' promise, with no spread. */
function leadTimeUsed(supplier: SupplierChoice | null, profile: LeadTimeProfile | null): LeadTimeUsed {
  if (profile && profile.source === 'measured') {
    return { meanDays: profile.meanDays, sdDays: profile.sdDays, source: 'measured', level: profile.productId === null ? 'supplier' : 'sku', samples: profile.samples };
  }
  return { meanDays: supplier?.promisedLeadTimeDays ?? 0, sdDays: 0, source: 'promised', level: 'terms', samples: 0 };
}

/**
 * A plan is dated its run's last history day, or the data's as-of date when data came in since (the
 * last sales day, or a newer stock snapshot: the run's first bucket is then consumed day by day,
 * stock is rolled forward through the new days and the projection counts the days still ahead) —
 * the same date the Dashboard and alerts count from. A run made as of a past date plans as of that date.
 */
function defaultPlanDate(db: Database.Database, run: RunInfo): string {
  if (run.settings.asOf) return run.historyTo;
  const asOf = dataAsOf(db);
  return asOf !== null && asOf > run.historyTo ? asOf : run.historyTo;
}
