import type Database from 'better-sqlite3';
import { alertKinds, type AlertKind, type AlertRefreshSummary, type AlertSettings } from '../../../shared/contract/schemas/monitoring';
import type { TaskContext } from '../../ground/task-context';
import { detectBelowReorderPoint } from './detectors/below-reorder-point';
import { detectDeadStock } from './detectors/dead-stock';
import { detectExcessStock } from './detectors/excess-stock';
import { detectExpeditePays } from './detectors/expedite-pays';
import { detectForecastBias } from './detectors/forecast-bias';
import { detectPoConfirmedLate } from './detectors/po-confirmed-late';
import { detectPoOverdue } from './detectors/po-overdue';
import { readOpenLines } from './detectors/purchase-orders';
import { detectStaleData } from './detectors/stale-data';
import { detectStockouts } from './detectors/stockout';
import { detectSupplierOtif } from './detectors/supplier-otif';
import { readPlanCover, withPlanCover } from './coverage';
import { onePerSkuLocation } from './dedupe';
import { detectTransferSaves } from './detectors/transfer-saves';
import { loadAlertInputs } from './inputs';
import { keptWeeklyGrossMargin, materialityMinimum } from './materiality';
import { priorityOf } from './priority';
import { readAlertSettings } from './settings';
import { DETECTOR_GROUPS, keptDetections, storeDetections, type DetectorGroup, type GroupDetections } from './kept-detections';
import { refreshInputs } from './refresh-inputs';
import { keptRefresh, recordReusedRefresh, storeRefreshInputs } from './reuse';
import { applyDetections } from './store';
import { withStockSnapshot } from './stock-input';
import { workspaceToday } from './today';
import type { AlertInputs, DetectedAlert, Detection } from './types';
import type { RefreshInputs } from './refresh-inputs';

export interface RefreshOptions {
  /** The workspace's "today"; default its as-of date (see workspaceToday). */
  today?: string;
  /** Progress (steps 'alerts.read', 'alerts.detect', 'alerts.save') and cancellation, when run as a job. */
  task?: TaskContext;
}

type Detector = (db: Database.Database, inputs: AlertInputs) => Detection[];
type DetectorName = AlertKind | 'stale';

/**
 * Detects every alert for the workspace's "today" and stores them by the repeat-run rules (store.ts),
 * in one transaction. Synchronous: runs in a job worker on its own connection, or inline.
 */
export function refreshAlerts(db: Database.Database, options: RefreshOptions = {}): AlertRefreshSummary {
  const started = performance.now();
  const task = options.task;
  const today = workspaceToday(db, options.today);
  const settings = readAlertSettings(db);
  const stepsMs: Record<string, number> = {};
  const timed = <T>(step: string, work: () => T): T => {
    const at = performance.now();
    const value = work();
    stepsMs[step] = Math.round(performance.now() - at);
    return value;
  };
  task?.progress('alerts.read', 0, 1);
  // Inputs that stand since the last refresh detect the same alerts: those stored are kept as they are.
  const current = timed('inputs', () => refreshInputs(db, today, settings));
  const fingerprint = current.fingerprint;
  const kept = keptRefresh(db, fingerprint);
  if (kept) {
    task?.throwIfCancelled();
    task?.progress('alerts.detect', 1, 1);
    task?.progress('alerts.save', 0, 1);
    const reused = recordReusedRefresh(db, kept, today, started, stepsMs);
    task?.progress('alerts.save', 1, 1);
    return reused;
  }
  const { detected, detectedByGroup, keptDetectors, currency, todayDay } = detectAll(db, today, settings, current, timed, task);
  if (keptDetectors > 0) stepsMs.keptDetectors = keptDetectors;
  const minimum = timed('materiality', () => materialityMinimum(settings, keptWeeklyGrossMargin(db, todayDay)));
  task?.throwIfCancelled();
  task?.progress('alerts.save', 0, 1);
  const byKind = Object.fromEntries(alertKinds.map((k) => [k, 0])) as Record<AlertKind, number>;
  for (const d of detected) byKind[d.kind]++;
  const saveStarted = performance.now();
  const summary = db.transaction((): AlertRefreshSummary => {
    // On a workspace's first check every alert is new: the action list shows them, a notification would only shout.
    const firstCheck = db.prepare('SELECT 1 FROM alert_refreshes LIMIT 1').pluck().get() === undefined;
    const applied = applyDetections(db, detected, today, currency);
    const seconds = Math.round(performance.now() - started) / 1000;
    stepsMs.save = Math.round(performance.now() - saveStarted);
    const result: AlertRefreshSummary = {
      today, seconds, detected: detected.length, byKind,
      inserted: applied.inserted, updated: applied.updated, reopened: applied.reopened, resolved: applied.resolved,
      newHigh: firstCheck ? [] : applied.raised.sort((a, b) => b.money - a.money),
      stepsMs,
    };
    const { newHigh, stepsMs: _steps, ...recorded } = result;
    db.prepare('INSERT INTO alert_refreshes (at, today, seconds, summary) VALUES (?, ?, ?, ?)').run(
      new Date().toISOString(),
      today,
      seconds,
      JSON.stringify({ ...recorded, newHigh: newHigh.length, minimum }),
    );
    storeRefreshInputs(db, fingerprint, { detected: result.detected, byKind, stored: applied.inserted + applied.updated, minimum });
    for (const [group, detections] of detectedByGroup) storeDetections(db, group, current, detections);
    return result;
  })();
  task?.progress('alerts.save', 1, 1);
  return summary;
}

interface Detected {
  /** One alert per SKU-location, with its plan cover and priority. */
  detected: DetectedAlert[];
  /** What each group whose inputs moved detected, to keep for the next check (kept-detections.ts). */
  detectedByGroup: Map<DetectorGroup, GroupDetections>;
  /** Detectors whose group kept what it found last time. */
  keptDetectors: number;
  currency: string;
  todayDay: number;
}

/**
 * Every detector's findings, one per SKU-location with its plan cover and priority. In a function of
 * its own so that the inputs the detectors share (every SKU-location's position, demand and season)
 * and their raw findings can be collected during the save, which only needs what it stores.
 */
function detectAll(
  db: Database.Database,
  today: string,
  settings: AlertSettings,
  current: RefreshInputs,
  timed: <T>(step: string, work: () => T) => T,
  task: TaskContext | undefined,
): Detected {
  // A group of detectors whose own inputs stand keeps what it detected last time (kept-detections.ts).
  const keptGroups = new Map<DetectorGroup, GroupDetections>();
  for (const group of Object.keys(DETECTOR_GROUPS) as DetectorGroup[]) {
    const detections = keptDetections(db, group, current);
    if (detections) keptGroups.set(group, detections);
  }
  const planFreeKept = keptGroups.has('planFree');
  const inputs = timed('read', () => loadAlertInputs(db, today, settings, { seasonAhead: !planFreeKept, kept: current }));
  task?.throwIfCancelled();
  const lines = planFreeKept ? [] : timed('openPoLines', () => readOpenLines(db, inputs));
  const stocked = withStockSnapshot(inputs);
  const detectors: [DetectorName, Detector][] = [
    ['stale', (d, i) => detectStaleData(d, i)],
    ['stockout', () => detectStockouts(stocked)],
    ['belowReorderPoint', () => detectBelowReorderPoint(stocked)],
    ['poOverdue', (_d, i) => detectPoOverdue(i, lines)],
    ['poConfirmedLate', (_d, i) => detectPoConfirmedLate(i, lines)],
    ['excessStock', (_d, i) => detectExcessStock(i)],
    ['deadStock', (d, i) => detectDeadStock(d, i)],
    ['forecastBias', (d, i) => detectForecastBias(d, i)],
    ['supplierOtif', (d, i) => detectSupplierOtif(d, i)],
    ['transferSaves', (d, i) => detectTransferSaves(d, i)],
    ['expeditePays', (d, i) => detectExpeditePays(d, i)],
  ];
  const groupOf = new Map<DetectorName, DetectorGroup>();
  for (const [group, { detectors: names }] of Object.entries(DETECTOR_GROUPS) as [DetectorGroup, { detectors: readonly DetectorName[] }][]) {
    for (const name of names) groupOf.set(name, group);
  }
  const detectedByGroup = new Map<DetectorGroup, GroupDetections>();
  const found: Detection[] = [];
  let keptDetectors = 0;
  detectors.forEach(([name, detect], n) => {
    task?.progress('alerts.detect', n, detectors.length);
    task?.throwIfCancelled();
    const group = groupOf.get(name);
    const keptFound = group ? keptGroups.get(group)?.[name] : undefined;
    if (keptFound) keptDetectors++;
    const detections = keptFound ?? timed(name, () => detect(db, inputs));
    if (group && !keptGroups.has(group)) {
      const byDetector = detectedByGroup.get(group) ?? {};
      byDetector[name] = detections;
      detectedByGroup.set(group, byDetector);
    }
    found.push(...detections);
  });
  task?.progress('alerts.detect', detectors.length, detectors.length);
  const answered = timed('planCover', () => onePerSkuLocation(withPlanCover(found, readPlanCover(db))));
  const detected = answered.map((d): DetectedAlert => ({ ...d, priority: priorityOf(d, settings) }));
  return { detected, detectedByGroup, keptDetectors, currency: inputs.currency, todayDay: inputs.todayDay };
}
