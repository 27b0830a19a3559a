import type { AppContext } from '../app-context';
import { startRefresh } from '../refresh-launcher';

/**
 * What follows a successful import from a watched folder: the figures shown are dropped so they
 * are read again, and the incremental refresh brings forecasts, plan and alerts up to the new
 * data (imports arriving while one runs join it; see refresh-launcher.ts).
 */
export function afterWatchedImport(ctx: AppContext, importId: number): void {
  ctx.dataChanged();
  startRefresh(ctx, { reason: 'watch', importIds: [importId] });
}
