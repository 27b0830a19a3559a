import { channelNames } from '../../../shared/contract/channels';
import { currentWriterName, setWriterName } from '../../db/write-lock';
import type { AppContext } from '../app-context';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { dataHandlers } from './data-handlers';
import { filesHandlers } from './files-handlers';
import { forecastHandlers } from './forecast-handlers';
import { importHandlers } from './import-handlers';
import { logisticsHandlers } from './logistics-handlers';
import { monitoringHandlers } from './monitoring-handlers';
import { planningHandlers } from './planning-handlers';
import { recommendHandlers } from './recommend-handlers';
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
    recommendHandlers(ctx),
    logisticsHandlers(ctx),
  ];
  const table: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [channel, handler] of Object.entries(part)) {
      if (channel in table) throw new Error(`Channel ${channel} is handled twice`);
      // Handlers marked `writes` take their turn among the app's writers (at once when nobody
      // writes, else after the job writing now) and drop the cached reads after they succeeded.
      // Every call is counted while it runs: background reads wait until the UI is quiet.
      const served = isWriting(handler) ? inWritersTurn(ctx, channel, afterSuccess(handler as (input: unknown) => unknown, () => ctx.dataChanged())) : (handler as (input: unknown) => unknown);
      table[channel] = ctx.uiCalls.tracked(served);
    }
  }
  const missing = channelNames.filter((name) => !(name in table));
  if (missing.length > 0) throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  return table as HandlerTable;
}

/** A writing handler run in its turn (see WriterQueue.run), naming itself to writers in other processes. */
function inWritersTurn(ctx: AppContext, channel: string, handler: (input: unknown) => unknown): (input: unknown) => unknown {
  return (input) =>
    ctx.writers.run('change', () => {
      const previous = currentWriterName();
      setWriterName(`app (${channel})`);
      try {
        return handler(input);
      } finally {
        setWriterName(previous);
      }
    });
}

export type { HandlerTable } from './types';
