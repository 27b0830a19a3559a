import type Database from 'better-sqlite3';
import { loadPositions, type InventoryPosition } from '../../planning/inventory-position';
import { alreadyRead } from '../../planning/shared-reads';
import { cachedDetection } from './cache';
import { partsFingerprint, type RefreshInputs } from './refresh-inputs';

/**
 * Inventory positions on `today`: those the plan just read in a shared-reads scope, else those kept
 * in alert_cache while what they are read from stands — stock counts, sales and purchases (the
 * activity counters), the catalogue, suppliers' terms, transfer orders and locations (the basis
 * part, which holds the day). Reading them costs seconds at 50,000 SKUs (a seek per SKU-location and
 * the sales since each count), and a check after a forecast run finds them as the check before left them.
 */
export function keptPositions(db: Database.Database, today: string, summedOverLocations: boolean, inputs: RefreshInputs): Map<string, InventoryPosition> {
  const shared = alreadyRead<Map<string, InventoryPosition>>(db, `positions:${today}:${summedOverLocations}`);
  if (shared) return shared;
  const fingerprint = JSON.stringify([partsFingerprint(inputs.parts, ['basis', 'activity']), today, summedOverLocations]);
  return new Map(cachedDetection(db, 'positions', fingerprint, () => [...loadPositions(db, today, summedOverLocations)]));
}
