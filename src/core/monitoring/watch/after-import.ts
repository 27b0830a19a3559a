import type { AppContext } from '../../app/app-context';

/**
 * What follows a successful import from a watched folder. For now the figures shown are
 * dropped so they are read again; the incremental refresh of forecasts, plan and alerts
 * is started from here once it exists.
 */
export function afterWatchedImport(ctx: AppContext, _importId: number): void {
  ctx.dataChanged();
}
