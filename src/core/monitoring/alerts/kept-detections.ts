import type Database from 'better-sqlite3';
import { readCache, writeCache } from './cache';
import { partsFingerprint, type InputPart, type RefreshInputs } from './refresh-inputs';
import type { Detection } from './types';

/**
 * Detectors grouped by the parts of the inputs they read (refresh-inputs.ts). A group whose parts
 * stand since the check that stored its detections keeps them instead of detecting again:
 * - planFree: stale data, the PO detectors, excess and dead stock read the stock, sales, orders,
 *   the newest run and the catalogue but no plan — a new plan keeps them (and the season-ahead
 *   read only they need);
 * - logistics: transfers and expedites plan from a stored plan and its own run, not the newest
 *   run — a new forecast run keeps them.
 * The rest (stock-out, below reorder point, forecast bias) read both the run and the plan.
 * Whoever makes a detector read something else moves it to the right group or bumps RULES_VERSION.
 */
export const DETECTOR_GROUPS = {
  planFree: { detectors: ['stale', 'poOverdue', 'poConfirmedLate', 'excessStock', 'deadStock'], reads: ['basis', 'activity', 'run'] },
  logistics: { detectors: ['transferSaves', 'expeditePays'], reads: ['basis', 'activity', 'plan'] },
} as const satisfies Record<string, { detectors: readonly string[]; reads: readonly InputPart[] }>;

export type DetectorGroup = keyof typeof DETECTOR_GROUPS;
export type GroupDetections = Record<string, Detection[]>;

const cacheName = (group: DetectorGroup) => `detections:${group}`;

const groupFingerprint = (group: DetectorGroup, inputs: RefreshInputs) => partsFingerprint(inputs.parts, DETECTOR_GROUPS[group].reads);

/** The group's detections per detector, stored by a check whose inputs read by the group were these; else null. */
export function keptDetections(db: Database.Database, group: DetectorGroup, inputs: RefreshInputs): GroupDetections | null {
  const kept = readCache(db, cacheName(group), groupFingerprint(group, inputs));
  return kept === undefined ? null : (JSON.parse(kept) as GroupDetections);
}

/**
 * Inside the refresh's save transaction: the group's detections for the next check. Not stored when
 * JSON would not give them back as they are (a money or urgency that is not a finite number).
 */
export function storeDetections(db: Database.Database, group: DetectorGroup, inputs: RefreshInputs, detections: GroupDetections): void {
  const exact = Object.values(detections).every((list) => list.every((d) => Number.isFinite(d.money) && (d.urgencyDays === null || Number.isFinite(d.urgencyDays))));
  if (!exact) {
    db.prepare('DELETE FROM alert_cache WHERE name = ?').run(cacheName(group));
    return;
  }
  writeCache(db, cacheName(group), groupFingerprint(group, inputs), JSON.stringify(detections));
}
