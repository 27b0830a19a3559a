import type Database from 'better-sqlite3';
import type { ScorecardList, SupplierDetailView } from '../../shared/contract/schemas/suppliers';
import type { LineFactsSnapshot } from './facts-snapshot';
import { leadTimeHistogram } from './lead-time-histogram';
import { resolvePeriod, type PeriodOptions } from './period';
import { scorecardsFromFacts, type ScorecardReport, type SupplierScorecard } from './scorecards';
import { resolveSettings, type ScorecardSettings } from './settings';
import { supplierDetailFromFacts } from './supplier-detail';
import { metricsRow, scorecardRow } from './wire-rows';

export interface ViewOptions extends Omit<PeriodOptions, 'asOf'> {
  /** Overrides the saved on-time tolerance for this view only. */
  toleranceDays?: number;
}

/**
 * The Suppliers page's ranking from a snapshot of every line: the same numbers as
 * supplierScorecards (the snapshot's as-of is the workspace's), plus open PO totals.
 */
export function scorecardList(db: Database.Database, snapshot: LineFactsSnapshot, options: ViewOptions = {}): ScorecardList {
  const report = scorecardReport(db, snapshot, options);
  const extras = rowExtras(db, snapshot);
  const rows = report.suppliers.map((card, index) => extras(card, card.score.score === null ? null : index + 1));
  return { asOf: report.asOf, from: report.from, to: report.to, settings: report.settings, suppliers: rows };
}

/** The core report (what the CLI exports) from the snapshot. */
export function scorecardReport(db: Database.Database, snapshot: LineFactsSnapshot, options: ViewOptions = {}): ScorecardReport {
  const { period, settings } = resolveView(db, snapshot, options);
  return scorecardsFromFacts(db, snapshot.facts, period, settings);
}

/**
 * One supplier's scorecard page: key figures, months, lead-time histogram, rolling windows, SKUs.
 * `rank` comes from the ranking computed with the same options (the caller usually has it cached).
 */
export function supplierDetailView(
  db: Database.Database,
  snapshot: LineFactsSnapshot,
  supplierId: number,
  options: ViewOptions = {},
  rank: number | null = null,
): SupplierDetailView {
  const { period, settings } = resolveView(db, snapshot, options);
  const detail = supplierDetailFromFacts(db, snapshot.facts, period, settings, supplierId);
  return {
    asOf: detail.asOf,
    from: detail.from,
    to: detail.to,
    settings,
    scorecard: rowExtras(db, snapshot)(detail.scorecard, detail.scorecard.score.score === null ? null : rank),
    monthly: detail.monthly.map(({ month, metrics }) => ({ month, ...metricsRow(metrics) })),
    leadTimeHistogram: leadTimeHistogram(snapshot.facts, period, settings.toleranceDays, supplierId),
    rolling: { days90: metricsRow(detail.rolling.days90), days365: metricsRow(detail.rolling.days365) },
    skus: detail.skus.map(({ productId, sku, name, metrics }) => ({ productId, sku, name, ...metricsRow(metrics) })),
  };
}

function resolveView(db: Database.Database, snapshot: LineFactsSnapshot, options: ViewOptions) {
  const settings: ScorecardSettings = resolveSettings(
    db,
    options.toleranceDays === undefined ? {} : { toleranceDays: options.toleranceDays },
  );
  const period = resolvePeriod(db, {
    asOf: snapshot.asOf,
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  });
  return { period, settings };
}

/** Adds what the scorecard itself does not carry (open POs, currency), looked up once for all rows. */
function rowExtras(db: Database.Database, snapshot: LineFactsSnapshot) {
  const open = new Map(snapshot.openPos.map((o) => [o.supplierId, o]));
  const currencies = new Map(db.prepare('SELECT id, currency FROM suppliers').raw(true).all() as [number, string][]);
  return (card: SupplierScorecard, rank: number | null) => scorecardRow(card, rank, open.get(card.id), currencies.get(card.id) ?? 'CNY');
}
