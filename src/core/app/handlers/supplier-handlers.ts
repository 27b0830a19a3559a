import type { ScorecardList } from '../../../shared/contract/schemas/suppliers';
import {
  readScorecardSettings,
  recommendSuppliers,
  saveScorecardSettings,
  supplierLeadTimes,
  traceSupplierMetric,
} from '../../suppliers';
import { measuredLeadTimes, supplierAndSkuMetrics } from '../../suppliers/lead-times';
import { resolvePeriod } from '../../suppliers/period';
import { resolveSettings } from '../../suppliers/settings';
import { scorecardList, supplierDetailView, type ViewOptions } from '../../suppliers/supplier-views';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

/**
 * Scorecards are computed from the read worker's snapshot of every PO line (loading is most of the
 * cost and stays off this thread); the arithmetic per period and tolerance runs here and is cached
 * until the workspace changes. Settings changes count as a change: scores depend on them.
 */
export function supplierHandlers(ctx: AppContext): DomainHandlers<'suppliers'> {
  const db = () => ctx.requireWorkspace().db;
  const snapshot = () => ctx.read('supplierLineFacts');
  const viewKey = (o: ViewOptions) => `${o.from ?? ''}:${o.to ?? ''}:${o.toleranceDays ?? ''}`;
  const ranking = async (options: ViewOptions): Promise<ScorecardList> => {
    const facts = await snapshot();
    return ctx.cachedRead(`suppliers:scorecards:${viewKey(options)}`, (workspace) => scorecardList(workspace.db, facts, options));
  };

  return {
    'suppliers:scorecards': (input) => ranking(input),
    'suppliers:detail': async ({ supplierId, ...options }) => {
      const [facts, list] = await Promise.all([snapshot(), ranking(options)]);
      const rank = list.suppliers.find((row) => row.supplierId === supplierId)?.rank ?? null;
      return ctx.cachedRead(`suppliers:detail:${supplierId}:${viewKey(options)}`, (workspace) =>
        supplierDetailView(workspace.db, facts, supplierId, options, rank),
      );
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
    'suppliers:updateSettings': (patch) => {
      const saved = saveScorecardSettings(db(), patch);
      ctx.dataChanged();
      return saved;
    },
    'suppliers:leadTimes': async ({ from, to, usePromised }) => {
      const period = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
      const settings = resolveSettings(db());
      if (usePromised ?? settings.usePromisedLeadTimes) return supplierLeadTimes(db(), { ...period, usePromised: true });
      const { asOf, facts } = await snapshot();
      const resolved = resolvePeriod(db(), { ...period, asOf });
      return measuredLeadTimes(db(), resolved, supplierAndSkuMetrics(facts, resolved, settings.toleranceDays));
    },
    'suppliers:recommend': async ({ productIds }) => {
      const { asOf, facts } = await snapshot();
      return recommendSuppliers(db(), { asOf, facts, ...(productIds ? { productIds } : {}) });
    },
    'suppliers:importConfirmations': () => {
      throw new Error('not yet');
    },
  };
}
