import path from 'node:path';
import type { ScorecardList } from '../../../shared/contract/schemas/suppliers';
import { AppError, isAppError } from '../../ground/errors/app-error';
import {
  importSupplierConfirmationsFile,
  readScorecardSettings,
  recommendSuppliers,
  saveScorecardSettings,
  supplierLeadTimes,
  traceSupplierMetric,
  writeScorecardFile,
  writeSupplierPack,
} from '../../suppliers';
import { confirmationImportRow } from '../../suppliers/confirmations/import-result-row';
import { getSupplier } from '../../suppliers/supplier-directory';
import { scorecardReport, type ViewOptions } from '../../suppliers/supplier-views';
import { exportedFile, exportFilePath } from '../exports-folder';
import type { AppContext } from '../app-context';
import { writes, type DomainHandlers } from './types';

/**
 * Scorecards are computed in the read worker from its snapshot of every PO line, kept there while
 * the purchases and suppliers stand (loading is most of the cost); the ranking and a scorecard per
 * period and tolerance are cached until the workspace changes. Settings changes count as a change:
 * scores depend on them.
 */
export function supplierHandlers(ctx: AppContext): DomainHandlers<'suppliers'> {
  const db = () => ctx.requireWorkspace().db;
  const snapshot = () => ctx.read('supplierLineFacts');
  /** The view's options alone, in one order: the read cache keys on them. */
  const view = (o: ViewOptions): ViewOptions => ({
    ...(o.from ? { from: o.from } : {}),
    ...(o.to ? { to: o.to } : {}),
    ...(o.toleranceDays !== undefined ? { toleranceDays: o.toleranceDays } : {}),
  });
  const ranking = (options: ViewOptions): Promise<ScorecardList> => ctx.readWith('supplierScorecards', view(options));

  return {
    'suppliers:scorecards': (input) => ranking(input),
    'suppliers:detail': async ({ supplierId, ...options }) => {
      const list = await ranking(options);
      const rank = list.suppliers.find((row) => row.supplierId === supplierId)?.rank ?? null;
      return ctx.readWith('supplierDetail', { ...view(options), supplierId, rank });
    },
    'suppliers:trace': ({ supplierId, metric, month, productId, from, to, toleranceDays }) => {
      const trace = traceSupplierMetric(db(), supplierId, metric, {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(month ? { month } : {}),
        ...(productId !== undefined ? { productId } : {}),
        ...(toleranceDays !== undefined ? { settings: { toleranceDays } } : {}),
      });
      return { ...trace, month: month ?? null };
    },
    'suppliers:settings': () => readScorecardSettings(db()),
    'suppliers:updateSettings': writes((patch) => saveScorecardSettings(db(), patch)),
    'suppliers:leadTimes': async ({ from, to, usePromised }) => {
      const period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      // The snapshot's as-of date, so the table agrees with the scorecards shown beside it.
      const { asOf } = await snapshot();
      return supplierLeadTimes(db(), { ...period, asOf, ...(usePromised !== undefined ? { usePromised } : {}) });
    },
    'suppliers:recommend': async ({ productIds }) => {
      const { asOf, facts } = await snapshot();
      return recommendSuppliers(db(), { asOf, facts, ...(productIds ? { productIds } : {}) });
    },
    'suppliers:exportPack': async ({ supplierId, weeks }) => {
      const { code } = getSupplier(db(), supplierId);
      const { asOf, facts } = await snapshot();
      const file = exportFilePath(ctx, `${code} supplier pack ${asOf}.xlsx`);
      await writeSupplierPack(db(), supplierId, file, { asOf, facts, ...(weeks !== undefined ? { weeks } : {}) });
      return exportedFile(file);
    },
    'suppliers:exportScorecards': async ({ format, ...options }) => {
      const facts = await snapshot();
      const report = scorecardReport(db(), facts, options);
      const file = exportFilePath(ctx, `supplier scorecards ${report.from} to ${report.to}.${format}`);
      await writeScorecardFile(report, file);
      return exportedFile(file);
    },
    'suppliers:importConfirmations': writes(async ({ supplierId, path: chosen }) => {
      const file = ctx.paths.checkToRead(chosen);
      const name = path.basename(file);
      try {
        const result = await importSupplierConfirmationsFile(db(), supplierId, file);
        return confirmationImportRow(name, result);
      } catch (error) {
        // Problems name row and column; the file's name makes them findable.
        if (isAppError(error)) throw new AppError(error.code, `${name}: ${error.message}`, { ...error.details, file: name });
        throw error;
      }
    }),
  };
}
