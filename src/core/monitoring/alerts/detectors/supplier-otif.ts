import type Database from 'better-sqlite3';
import { groupMetrics } from '../../../suppliers/group-metrics';
import { loadLineFacts } from '../../../suppliers/line-facts';
import { openPoTotals } from '../../../suppliers/open-po-totals';
import { SHORT_WINDOW_DAYS, windowEnding } from '../../../suppliers/period';
import { readScorecardSettings } from '../../../suppliers/settings';
import { dataVersion } from '../../../db/data-versions';
import { cachedDetection } from '../cache';
import { round1, round2, type AlertInputs, type Detection } from '../types';
import { supplierOf } from './stockout';

/**
 * A supplier's OTIF (suppliers' own line judgement and tolerance) over the last 90 days fell more
 * than the threshold below the 90 days before, with enough judged deliveries in both windows that
 * it is not noise. Money: the value still open on that supplier's purchase orders.
 */
export function detectSupplierOtif(db: Database.Database, inputs: AlertInputs): Detection[] {
  const { otifDropPoints, otifMinDeliveries } = inputs.settings;
  const tolerance = readScorecardSettings(db).toleranceDays;
  // Reading every PO line and receipt is the costliest step of a refresh: reused while the purchase
  // data is unchanged — the counters every writer of orders, receipts, suppliers and terms moves
  // (db/data-versions.ts), two look-ups where summing those tables took 1.9 s at 50,000 SKUs.
  const versions = [dataVersion(db, 'purchases'), dataVersion(db, 'suppliers')];
  const fingerprint = JSON.stringify([inputs.today, tolerance, otifDropPoints, otifMinDeliveries, versions, [...inputs.suppliers.values()]]);
  return cachedDetection(db, 'supplierOtif', fingerprint, () => otifDrops(db, inputs, tolerance));
}

function otifDrops(db: Database.Database, inputs: AlertInputs, tolerance: number): Detection[] {
  const { otifDropPoints, otifMinDeliveries } = inputs.settings;
  const facts = loadLineFacts(db, { asOf: inputs.today, fromDay: inputs.todayDay - 2 * SHORT_WINDOW_DAYS + 1, toDay: inputs.todayDay });
  const bySupplier = (i: number) => facts.supplierId[i];
  const recent = groupMetrics(facts, windowEnding(inputs.todayDay, SHORT_WINDOW_DAYS), tolerance, bySupplier);
  const before = groupMetrics(facts, windowEnding(inputs.todayDay, SHORT_WINDOW_DAYS, SHORT_WINDOW_DAYS), tolerance, bySupplier);
  const open = new Map(openPoTotals(db, inputs.today).map((t) => [t.supplierId, t]));
  const out: Detection[] = [];
  for (const [supplierId, now] of recent) {
    const then = before.get(supplierId);
    if (!then || now.otif === null || then.otif === null) continue;
    if (now.poLines < otifMinDeliveries || then.poLines < otifMinDeliveries) continue;
    const drop = (then.otif - now.otif) * 100;
    if (!(drop > otifDropPoints)) continue;
    const owed = open.get(supplierId);
    out.push({
      kind: 'supplierOtif',
      key: `supplierOtif:${inputs.suppliers.get(supplierId)?.code ?? supplierId}`,
      entity: supplierOf(inputs, supplierId),
      money: round2(owed?.value ?? 0),
      moneyMethod: 'openPoValue',
      urgencyDays: null,
      facts: {
        otifRecentPct: round1(now.otif * 100),
        otifBeforePct: round1(then.otif * 100),
        dropPoints: round1(drop),
        thresholdPoints: otifDropPoints,
        deliveriesRecent: now.poLines,
        deliveriesBefore: then.poLines,
        windowDays: SHORT_WINDOW_DAYS,
        openLines: owed?.lines ?? 0,
      },
    });
  }
  return out;
}
