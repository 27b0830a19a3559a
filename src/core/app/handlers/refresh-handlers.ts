import { lastRefreshSummary } from '../refresh';
import type { AppContext } from '../app-context';
import { runningRefresh, startRefresh } from '../refresh-launcher';
import type { DomainHandlers } from './types';

export function refreshHandlers(ctx: AppContext): DomainHandlers<'refresh'> {
  return {
    'refresh:start': (input) => {
      const importIds = input?.importIds;
      return startRefresh(ctx, { reason: importIds && importIds.length > 0 ? 'import' : 'manual', ...(importIds ? { importIds } : {}) });
    },
    'refresh:status': () => ({ last: lastRefreshSummary(ctx.requireWorkspace().db), runningJobId: runningRefresh(ctx) }),
  };
}
