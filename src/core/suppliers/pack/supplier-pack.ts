import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { MAX_PACK_WEEKS, packWeeksSchema } from '../../../shared/contract/schemas/suppliers';
import { checkWith } from '../../ground/errors/check-with';
import type { LineFacts } from '../line-facts';
import { resolvePeriod } from '../period';
import { resolveSettings } from '../settings';
import { supplierDetail, supplierDetailFromFacts } from '../supplier-detail';
import { writeAtomically } from '../../ground/files/write-atomically';
import type { ScorecardOptions } from '../scorecards';
import { addForecastSheet } from './forecast-sheet';
import { openPoLines } from './open-po-lines';
import { addOpenPosSheet } from './open-pos-sheet';
import { addScorecardSheet } from './scorecard-sheet';
import { supplierWeeklyForecast } from './weekly-forecast';

export interface SupplierPackOptions extends ScorecardOptions {
  /** Weeks of forecast; default 13 (a quarter). */
  weeks?: number;
  /** Every PO line already loaded (the read worker's snapshot, as of options.asOf): saves reading them again. */
  facts?: LineFacts;
}

export interface SupplierPackSummary {
  supplierId: number;
  supplierName: string;
  asOf: string;
  sheets: string[];
  openLines: number;
  skus: number;
  weeks: number;
  forecastSource: 'stored' | 'computed';
  forecastRunId: number | null;
}

export const DEFAULT_PACK_WEEKS = 13;

/** A supplier's collaboration pack: scorecard with monthly OTIF, open POs to confirm, forecast of their SKUs. */
export function buildSupplierPack(
  db: Database.Database,
  supplierId: number,
  options: SupplierPackOptions = {},
): { workbook: ExcelJS.Workbook; summary: SupplierPackSummary } {
  const weeks = options.weeks ?? DEFAULT_PACK_WEEKS;
  checkWith(packWeeksSchema, weeks, `weeks must be a whole number from 1 to ${MAX_PACK_WEEKS}`, { field: 'weeks' });
  const detail = options.facts
    ? supplierDetailFromFacts(db, options.facts, resolvePeriod(db, options), resolveSettings(db, options.settings), supplierId)
    : supplierDetail(db, supplierId, options);
  const lines = openPoLines(db, supplierId, detail.asOf);
  const forecast = supplierWeeklyForecast(db, supplierId, detail.asOf, weeks);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SupplyDesk';
  workbook.created = new Date();
  addScorecardSheet(workbook, detail);
  addOpenPosSheet(workbook, lines);
  addForecastSheet(workbook, forecast);
  return {
    workbook,
    summary: {
      supplierId,
      supplierName: detail.scorecard.name,
      asOf: detail.asOf,
      sheets: workbook.worksheets.map((s) => s.name),
      openLines: lines.length,
      skus: forecast.skus.length,
      weeks,
      forecastSource: forecast.source,
      forecastRunId: forecast.runId,
    },
  };
}

/** Builds the pack and writes it; a half-written file never takes the target's name. */
export async function writeSupplierPack(
  db: Database.Database,
  supplierId: number,
  file: string,
  options: SupplierPackOptions = {},
): Promise<SupplierPackSummary & { file: string }> {
  const { workbook, summary } = buildSupplierPack(db, supplierId, options);
  await writeAtomically(file, (partial) => workbook.xlsx.writeFile(partial));
  return { ...summary, file };
}
