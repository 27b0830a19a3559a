import { withSupplierOtif } from '../../monitoring/key-figures';
import { readScorecardSettings } from '../../suppliers/settings';
import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

/**
 * The key figures are whole-workspace reads: six come from the read worker, OTIF from the PO-line
 * snapshot the supplier scorecards share (read once for both pages). Both are cached until data
 * changes, and so is their combination; supplier settings count as a change (OTIF uses the tolerance).
 */
export function dashboardHandlers(ctx: AppContext): DomainHandlers<'dashboard'> {
  return {
    'dashboard:keyFigures': async () => {
      const [base, lines] = await Promise.all([ctx.read('keyFigures'), ctx.read('supplierLineFacts')]);
      return ctx.cachedRead('dashboard:keyFigures', (workspace) =>
        withSupplierOtif(base, lines, readScorecardSettings(workspace.db).toleranceDays),
      );
    },
  };
}
