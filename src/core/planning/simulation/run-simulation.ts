/**
 * One stored policy simulation: the merchant's min/max rule against SupplyDesk's policy over a past
 * period, with the service-vs-inventory curve for a range of targets. The period defaults to the
 * last year of sales (shortened so the rolling forecast has its half year of history before it).
 */

import type Database from 'better-sqlite3';
import { serviceLevelSchema } from '../../../shared/contract/schemas/planning';
import { AppError } from '../../ground/errors/app-error';
import { checkWith } from '../../ground/errors/check-with';
import { dayFromIso, isoFromDay } from '../../ground/calendar';
import { DEFAULT_MIN_MAX } from './policies';
import { HISTORY_DAYS, loadSimulationInput } from './sim-input';
import { DEFAULT_COSTS, simulatePolicy, type CurvePoint, type PolicyResult } from './simulate';

export const CURVE_TARGETS = [0.8, 0.85, 0.9, 0.95, 0.97, 0.99] as const;
const DEFAULT_DAYS = 365;

export interface SimulationRequest {
  from?: string;
  to?: string;
  /** Without `from`: this many days up to `to`. */
  days?: number;
  serviceLevel?: number;
  reviewDays?: number;
  minCoverDays?: number;
  maxCoverDays?: number;
  /** Also simulate the curve's targets (one more simulation each). */
  curve?: boolean;
}

export interface SimulationSettings {
  from: string;
  to: string;
  serviceLevel: number;
  reviewDays: number;
  minCoverDays: number;
  maxCoverDays: number;
  curve: boolean;
}

export interface SimulationResults {
  skuLocations: number;
  current: PolicyResult;
  supplydesk: PolicyResult;
  curve: CurvePoint[];
}

export interface StoredSimulation {
  id: number;
  createdAt: string;
  settings: SimulationSettings;
  results: SimulationResults;
  seconds: number | null;
}

interface Progress {
  progress(step: string, current: number, total: number): void;
  throwIfCancelled(): void;
}

/** Fills in the defaults and checks the period against the sales on record. */
export function resolveSimulation(db: Database.Database, request: SimulationRequest): SimulationSettings {
  const range = db.prepare('SELECT min(date) AS first, max(date) AS last FROM sales_daily').get() as { first: string | null; last: string | null };
  if (!range.first || !range.last) throw new AppError('invalid_input', 'The workspace has no sales history to simulate with', {});
  const earliest = dayFromIso(range.first) + HISTORY_DAYS;
  const to = request.to ?? range.last;
  const from = request.from ?? isoFromDay(Math.max(earliest, dayFromIso(to) - (request.days ?? DEFAULT_DAYS) + 1));
  if (to < from) throw new AppError('invalid_input', 'The simulation must end on or after its start', { field: 'to' });
  if (dayFromIso(from) < earliest) {
    throw new AppError('invalid_input', `The simulation can start on ${isoFromDay(earliest)} at the earliest: each decision needs half a year of sales before it`, { field: 'from' });
  }
  const settings: SimulationSettings = {
    from,
    to,
    serviceLevel: request.serviceLevel ?? 0.95,
    reviewDays: request.reviewDays ?? 7,
    minCoverDays: request.minCoverDays ?? DEFAULT_MIN_MAX.minCoverDays,
    maxCoverDays: request.maxCoverDays ?? DEFAULT_MIN_MAX.maxCoverDays,
    curve: request.curve ?? true,
  };
  checkWith(serviceLevelSchema, settings.serviceLevel, 'The service level must be between 0 and 1 (e.g. 0.95)', { field: 'serviceLevel' });
  if (settings.maxCoverDays < settings.minCoverDays) throw new AppError('invalid_input', 'The max cover days must not be below the min cover days', { field: 'maxCoverDays' });
  return settings;
}

/** Runs both policies (and the curve), reporting one progress step per simulated policy. */
export function runSimulation(db: Database.Database, settings: SimulationSettings, ctx: Progress): SimulationResults {
  ctx.progress('simulation.load', 0, 1);
  const series = loadSimulationInput(db, settings.from, settings.to);
  const targets = settings.curve ? CURVE_TARGETS : [];
  const total = 2 + targets.length;
  let done = 0;
  const step = <T>(run: () => T): T => {
    ctx.throwIfCancelled();
    ctx.progress('simulation.policies', done, total);
    const result = run();
    done++;
    return result;
  };
  const current = step(() => simulatePolicy(series, { kind: 'current', minCoverDays: settings.minCoverDays, maxCoverDays: settings.maxCoverDays }));
  const supplydesk = step(() => simulatePolicy(series, { kind: 'supplydesk', serviceLevel: settings.serviceLevel, reviewDays: settings.reviewDays }));
  const curve: CurvePoint[] = targets.map((target) =>
    step(() => {
      const r = target === settings.serviceLevel ? supplydesk : simulatePolicy(series, { kind: 'supplydesk', serviceLevel: target, reviewDays: settings.reviewDays }, DEFAULT_COSTS);
      return { target, cycle_service_level: r.cycle_service_level, fill_rate: r.fill_rate, avg_inventory_value: r.avg_inventory_value };
    }),
  );
  ctx.progress('simulation.policies', total, total);
  return { skuLocations: series.length, current, supplydesk, curve };
}

export function saveSimulation(db: Database.Database, settings: SimulationSettings, results: SimulationResults, seconds: number, actor = 'user'): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO simulations (created_at, from_date, to_date, settings, results, seconds) VALUES (?, ?, ?, ?, ?, ?)')
        .run(new Date().toISOString(), settings.from, settings.to, JSON.stringify(settings), JSON.stringify(results), seconds).lastInsertRowid,
    );
    db.prepare("INSERT INTO audit_log (actor, action, entity, entity_id, details) VALUES (?, 'planning.simulate', 'simulations', ?, ?)")
      .run(actor, String(id), JSON.stringify(settings));
    return id;
  })();
}

export function listSimulations(db: Database.Database): StoredSimulation[] {
  const rows = db.prepare('SELECT id, created_at AS createdAt, settings, results, seconds FROM simulations ORDER BY id DESC').all() as {
    id: number; createdAt: string; settings: string; results: string; seconds: number | null;
  }[];
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, settings: JSON.parse(r.settings) as SimulationSettings, results: JSON.parse(r.results) as SimulationResults, seconds: r.seconds }));
}
