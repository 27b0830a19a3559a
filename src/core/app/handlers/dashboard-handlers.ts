import type { AppContext } from '../app-context';
import type { DomainHandlers } from './types';

/**
 * The key figures are one whole-workspace read in the read worker (OTIF from the PO lines due in
 * its window, not the scorecards' snapshot of every line), cached until data changes; supplier
 * settings are a change too (OTIF uses the tolerance).
 */
export function dashboardHandlers(ctx: AppContext): DomainHandlers<'dashboard'> {
  return {
    'dashboard:keyFigures': () => ctx.read('keyFigures'),
  };
}
