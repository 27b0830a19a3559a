import { channelNames } from '../../../shared/contract/channels';
import type { AppContext } from '../app-context';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { dataHandlers } from './data-handlers';
import { filesHandlers } from './files-handlers';
import { forecastHandlers } from './forecast-handlers';
import { importHandlers } from './import-handlers';
import { monitoringHandlers } from './monitoring-handlers';
import { planningHandlers } from './planning-handlers';
import { refreshHandlers } from './refresh-handlers';
import { supplierHandlers } from './supplier-handlers';
import { afterSuccess, isWriting, type HandlerTable } from './types';
import { watchHandlers } from './watch-handlers';
import { workspaceHandlers } from './workspace-handlers';

/** The one handler table both transports serve. */
export function createHandlerTable(ctx: AppContext): HandlerTable {
  const parts = [
    appHandlers(ctx),
    workspaceHandlers(ctx),
    dataHandlers(ctx),
    forecastHandlers(ctx),
    filesHandlers(ctx),
    importHandlers(ctx),
    supplierHandlers(ctx),
    planningHandlers(ctx),
    backupHandlers(ctx),
    monitoringHandlers(ctx),
    watchHandlers(ctx),
    dashboardHandlers(ctx),
    refreshHandlers(ctx),
  ];
  const table: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [channel, handler] of Object.entries(part)) {
      if (channel in table) throw new Error(`Channel ${channel} is handled twice`);
      // Handlers marked `writes` drop the cached reads after they succeeded: marked once, here.
      table[channel] = isWriting(handler) ? afterSuccess(handler as (input: unknown) => unknown, () => ctx.dataChanged()) : handler;
    }
  }
  const missing = channelNames.filter((name) => !(name in table));
  if (missing.length > 0) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  return table as HandlerTable;
}

export type { HandlerTable } from './types';
