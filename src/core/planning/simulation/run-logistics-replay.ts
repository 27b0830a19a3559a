/**
 * The logistics A/B replay as the app and the CLI run it: inputs read once, five arms (single mode,
 * transfers only, mode choice only and both at the target, and single mode at the service target
 * that holds the logistics arm's average inventory), progress
 * per arm and cancel between SKUs, stored in `logistics_replays` in one transaction.
 */

import type Database from 'better-sqlite3';
import { AppError } from '../../ground/errors/app-error';
import type { TaskContext } from '../../ground/task-context';
import { loadProducts, loadSupplierChoices } from '../supplier-choice';
import { replayArm, SINGLE_MODE, WITH_LOGISTICS, type ArmResult, type ReplayCosts, type ReplayFeatures, type ReplaySeries } from './logistics-replay';
import { loadReplayLanes } from './replay-lanes';
import { resolveSimulation } from './run-simulation';
import { loadSimulationInput } from './sim-input';

type Progress = Pick<TaskContext, 'progress' | 'throwIfCancelled'>;

export interface LogisticsReplayRequest {
  from?: string;
  to?: string;
  days?: number;
  serviceLevel?: number;
  reviewDays?: number;
}

export interface LogisticsReplaySettings {
  from: string;
  to: string;
  serviceLevel: number;
  reviewDays: number;
  holdingRatePerYear: number;
}

export interface LogisticsReplayResults {
  skus: number;
  skuLocations: number;
  /** SKUs sold in more than one warehouse: the only ones a transfer can help. */
  multiWarehouseSkus: number;
  lanes: number;
  /** SKU-locations whose supplier has no lane to that warehouse: they ship on their measured lead time, no freight, in every arm. */
  withoutLanes: number;
  singleMode: ArmResult;
  logistics: ArmResult;
  singleModeAtEqualInventory: ArmResult;
  /** Each decision alone, at the service target: what transfers and mode choice are each worth. */
  transfersOnly: ArmResult;
  modeChoiceOnly: ArmResult;
}

export interface StoredLogisticsReplay {
  id: number;
  createdAt: string;
  settings: LogisticsReplaySettings;
  results: LogisticsReplayResults;
  seconds: number | null;
}

const CALIBRATION_STEPS = 9;

export function resolveLogisticsReplay(db: Database.Database, request: LogisticsReplayRequest): LogisticsReplaySettings {
  const base = resolveSimulation(db, { ...request, curve: false });
  return { from: base.from, to: base.to, serviceLevel: base.serviceLevel, reviewDays: base.reviewDays, holdingRatePerYear: 0.25 };
}

/** Every SKU's SKU-locations together (transfers couple them), with the supplier and packed size. */
export function loadReplayGroups(db: Database.Database, from: string, to: string): ReplaySeries[][] {
  const suppliers = loadSupplierChoices(db);
  const products = loadProducts(db);
  const byProduct = new Map<number, ReplaySeries[]>();
  for (const s of loadSimulationInput(db, from, to)) {
    const supplier = suppliers.get(s.productId);
    const product = products.get(s.productId);
    if (!supplier || !product) continue;
    const series: ReplaySeries = { ...s, supplierId: supplier.supplierId, unit: { unitCost: s.unitCost, volumeM3: product.unitVolume, weightKg: product.unitWeight } };
    const list = byProduct.get(s.productId);
    if (list) list.push(series);
    else byProduct.set(s.productId, [series]);
  }
  return [...byProduct.values()];
}

export function runLogisticsReplay(db: Database.Database, settings: LogisticsReplaySettings, ctx: Progress): LogisticsReplayResults {
  ctx.progress('logisticsReplay.load', 0, 1);
  const lanes = loadReplayLanes(db);
  if (lanes.count === 0) throw new AppError('invalid_input', 'The workspace has no lanes: import lanes (kind "lanes") or add them on the Logistics page before the replay', { field: 'lanes' });
  const groups = loadReplayGroups(db, settings.from, settings.to);
  if (groups.length === 0) throw new AppError('invalid_input', 'No SKU has sales, a supplier and a price in the period: import sales, catalogue and supplier terms first', {});
  const costs: ReplayCosts = { holdingRatePerYear: settings.holdingRatePerYear, seed: 1 };
  const arms = 4 + CALIBRATION_STEPS;
  let arm = 0;
  const run = (serviceLevel: number, features: ReplayFeatures): ArmResult => {
    ctx.throwIfCancelled();
    const policy = { kind: 'supplydesk' as const, serviceLevel, reviewDays: settings.reviewDays };
    const result = replayArm(groups, lanes, policy, features, costs, (done) => {
      if (done % 50 === 0) {
        ctx.throwIfCancelled();
        ctx.progress('logisticsReplay.arms', arm + done / groups.length, arms);
      }
    });
    arm++;
    ctx.progress('logisticsReplay.arms', arm, arms);
    return result;
  };
  const singleMode = run(settings.serviceLevel, SINGLE_MODE);
  const transfersOnly = run(settings.serviceLevel, { transfers: true, modeChoice: false });
  const modeChoiceOnly = run(settings.serviceLevel, { transfers: false, modeChoice: true });
  const logistics = run(settings.serviceLevel, WITH_LOGISTICS);
  const singleModeAtEqualInventory = calibrate(logistics.avgInventoryValue, singleMode, settings.serviceLevel, (level) => run(level, SINGLE_MODE));
  const series = groups.flat();
  return {
    skus: groups.length,
    skuLocations: series.length,
    multiWarehouseSkus: groups.filter((g) => g.length > 1).length,
    lanes: lanes.count,
    withoutLanes: series.filter((s) => !lanes.inbound.has(`${s.supplierId}:${s.locationId}`)).length,
    singleMode,
    logistics,
    singleModeAtEqualInventory,
    transfersOnly,
    modeChoiceOnly,
  };
}

/** The single-mode arm at the service target whose average inventory is closest to `target` (bisection on the target). */
function calibrate(target: number, atTarget: ArmResult, serviceLevel: number, run: (level: number) => ArmResult): ArmResult {
  let best = atTarget;
  let lo = 0.5;
  let hi = 0.995;
  if (atTarget.avgInventoryValue < target) lo = serviceLevel;
  else hi = serviceLevel;
  for (let i = 0; i < CALIBRATION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    const r = run(mid);
    if (Math.abs(r.avgInventoryValue - target) < Math.abs(best.avgInventoryValue - target)) best = r;
    if (r.avgInventoryValue < target) lo = mid;
    else hi = mid;
  }
  return best;
}

export function saveLogisticsReplay(db: Database.Database, settings: LogisticsReplaySettings, results: LogisticsReplayResults, seconds: number, actor = 'user'): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO logistics_replays (created_at, from_date, to_date, settings, results, seconds) VALUES (?, ?, ?, ?, ?, ?)')
        .run(new Date().toISOString(), settings.from, settings.to, JSON.stringify(settings), JSON.stringify(results), seconds).lastInsertRowid,
    );
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'logistics.replay', 'logistics_replays', ?, ?)").run(actor, String(id), JSON.stringify(settings));
    return id;
  })();
}

export function listLogisticsReplays(db: Database.Database, limit = 10): StoredLogisticsReplay[] {
  const rows = db.prepare('SELECT id, created_at AS createdAt, settings, results, seconds FROM logistics_replays ORDER BY id DESC LIMIT ?').all(limit) as {
    id: number; createdAt: string; settings: string; results: string; seconds: number | null;
  }[];
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, settings: JSON.parse(r.settings) as LogisticsReplaySettings, results: JSON.parse(r.results) as LogisticsReplayResults, seconds: r.seconds }));
}
