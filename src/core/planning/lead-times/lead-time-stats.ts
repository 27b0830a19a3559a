/**
 * The lead times a plan assumes, kept in the workspace (migration 017) while the purchase and
 * supplier data, the period and the settings they were measured from stand. Every writer of
 * purchase orders, receipts, suppliers or terms moves a counter of data_versions in its own
 * transaction (db/data-versions.ts), so one look-up tells whether the stored statistics still hold:
 * an unchanged workspace plans again without re-reading a receipt. Otherwise the suppliers' one
 * measurer runs over the purchase facts, themselves kept while the versions stand (migration 020):
 * a plan date moved by a sales import re-judges the kept lines and receipts for the new window; an
 * import of orders or receipts, or its undo, makes the next plan read the facts once more.
 */

import type Database from 'better-sqlite3';
import { isoFromDay } from '../../ground/calendar';
import { supplierLeadTimes, type LeadTimeProfile, type LeadTimeTable } from '../../suppliers/lead-times';
import { DEFAULT_MIN_SKU_DELIVERIES, DEFAULT_MIN_SUPPLIER_DELIVERIES } from '../../suppliers/lead-times';
import { factsInputs, keepLeadTimeFacts, leadTimeFactsKept, leadTimeFactsOf, type FactsRead } from '../../suppliers/lead-times-kept';
import { measureLeadTimes } from '../../suppliers/lead-times-measure';
import { resolvePeriod, type Period } from '../../suppliers/period';
import { resolveSettings, type ScorecardSettings } from '../../suppliers/settings';
import { takeOffered } from '../shared-reads';

/** The key under which a plan's scope may be offered the purchase facts its lead times are measured from (offerRead). */
export const LEAD_TIME_FACTS_READ = 'leadTimeFacts';

export interface PlanLeadTimeOptions {
  /** The plan's date: receipts after it have not happened yet. */
  asOf: string;
  /** Unset, the saved scorecard switch decides. */
  usePromised?: boolean;
}

/** Whether the last plan's statistics were reused or measured (for benches and tests). */
export type LeadTimeSource = 'stored' | 'measured' | 'promised';

export function planLeadTimes(
  db: Database.Database,
  options: PlanLeadTimeOptions,
): { table: LeadTimeTable; source: LeadTimeSource; facts?: 'kept' | 'read' } {
  const settings = resolveSettings(db);
  // Promised lead times are the terms themselves: nothing to measure or keep.
  if (options.usePromised ?? settings.usePromisedLeadTimes) return { table: supplierLeadTimes(db, { asOf: options.asOf, usePromised: true }), source: 'promised' };
  const period = resolvePeriod(db, { asOf: options.asOf });
  const stored = db.prepare('SELECT inputs FROM lead_time_stats_inputs WHERE id = 1').pluck().get() as string | undefined;
  if (stored === statsInputs(factsInputs(db), period, settings)) return { table: readStored(db, period), source: 'stored' };
  // The plan's scope may have had them read beside it (a worker): taken only at today's versions.
  const offered = takeOffered<FactsRead>(db, LEAD_TIME_FACTS_READ);
  const read = offered && offered.inputs === factsInputs(db) ? offered : leadTimeFactsOf(db);
  const table = measureLeadTimes(db, read.facts, period, {
    toleranceDays: settings.toleranceDays,
    minSupplierDeliveries: DEFAULT_MIN_SUPPLIER_DELIVERIES,
    minSkuDeliveries: DEFAULT_MIN_SKU_DELIVERIES,
  });
  // A read-only connection plans all the same; it only cannot keep what it measured.
  if (!db.readonly) {
    db.transaction(() => {
      keepLeadTimeFacts(db, read);
      // Versions moved since the facts were read: keep nothing measured from them.
      if (factsInputs(db) === read.inputs) store(db, table, statsInputs(read.inputs, period, settings));
    })();
  }
  return { table, source: 'measured', facts: read.from };
}

/**
 * Whether the next plan reads purchase facts (measured lead times, no facts kept for the purchases as
 * they are): then a read beside the plan pays (offerRead under LEAD_TIME_FACTS_READ).
 */
export function planReadsLeadTimeFacts(db: Database.Database, usePromised?: boolean): boolean {
  return !(usePromised ?? resolveSettings(db).usePromisedLeadTimes) && !leadTimeFactsKept(db);
}

/** What the stored statistics were measured from: the facts' versions, the period and the settings. */
function statsInputs(facts: string, period: Period, settings: ScorecardSettings): string {
  return JSON.stringify({
    facts: JSON.parse(facts) as unknown,
    asOfDay: period.asOfDay,
    fromDay: period.fromDay,
    toDay: period.toDay,
    toleranceDays: settings.toleranceDays,
    minSupplierDeliveries: DEFAULT_MIN_SUPPLIER_DELIVERIES,
    minSkuDeliveries: DEFAULT_MIN_SKU_DELIVERIES,
  });
}

function store(db: Database.Database, table: LeadTimeTable, inputs: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM lead_time_stats').run();
    const insert = db.prepare(
      `INSERT INTO lead_time_stats (supplier_id, product_id, source, samples, mean_days, sd_days, p50_days, p90_days, p95_days, promised_days, bias_days, fill_rate)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of [...table.suppliers, ...table.skus]) {
      insert.run(p.supplierId, p.productId ?? 0, p.source, p.samples, p.meanDays, p.sdDays, p.p50Days, p.p90Days, p.p95Days, p.promisedDays, p.biasDays, p.fillRate);
    }
    db.prepare('INSERT INTO lead_time_stats_inputs (id, inputs) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET inputs = excluded.inputs').run(inputs);
  })();
}

function readStored(db: Database.Database, period: Period): LeadTimeTable {
  const rows = db
    .prepare(
      `SELECT supplier_id, product_id, source, samples, mean_days, sd_days, p50_days, p90_days, p95_days, promised_days, bias_days, fill_rate
       FROM lead_time_stats ORDER BY supplier_id, product_id`,
    )
    .raw(true)
    .iterate() as IterableIterator<[number, number, LeadTimeProfile['source'], number, number, number, number, number, number, number | null, number | null, number]>;
  const suppliers: LeadTimeProfile[] = [];
  const skus: LeadTimeProfile[] = [];
  for (const [supplierId, productId, source, samples, meanDays, sdDays, p50Days, p90Days, p95Days, promisedDays, biasDays, fillRate] of rows) {
    const profile: LeadTimeProfile = { supplierId, productId: productId === 0 ? null : productId, source, samples, meanDays, sdDays, p50Days, p90Days, p95Days, promisedDays, biasDays, fillRate };
    (productId === 0 ? suppliers : skus).push(profile);
  }
  return { asOf: isoFromDay(period.asOfDay), from: isoFromDay(period.fromDay), to: isoFromDay(period.toDay), usePromised: false, suppliers, skus };
}
