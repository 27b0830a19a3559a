import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppContext } from '../core/app/app-context';
import { openStartupWorkspace } from '../core/app/demo-launcher';
import { createHandlerTable } from '../core/app/handlers';
import { defaultHome } from '../core/app/home';
import { systemLocale } from '../core/app/system-locale';
import { packageVersion } from '../core/app/version';
import { sourceWorkerEntry } from '../core/app/jobs/runner';
import { boundHeapGrowth } from '../core/ground/heap-growth';
import { startBridge } from './bridge';

/** `npm run start:browser`: SupplyDesk in any browser on this machine, no Electron needed. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      home: { type: 'string' },
      workspace: { type: 'string' },
      // A folder the person confirms for watching, on the command line (never from the page).
      'watch-folder': { type: 'string', multiple: true },
    },
  });
  // The jobs' threads (a forecast run at 50,000 SKUs and its workers) keep their garbage in proportion (heap-growth.ts).
  boundHeapGrowth();
  const ctx = new AppContext({
    host: { mode: 'browser', version: packageVersion(), systemLocale: systemLocale() },
    home: path.resolve(values.home ?? defaultHome()),
    workerEntry: sourceWorkerEntry,
    confirmedWatchFolders: (values['watch-folder'] ?? []).map((folder) => path.resolve(folder)),
  });
  if (values.workspace) ctx.open(values.workspace);
  else openStartupWorkspace(ctx);
  // The read workers start meanwhile (seconds when run from source): a read asked before they are
  // ready waits in their queue, so the server need not wait for them to answer.

  const staticDir = path.resolve(import.meta.dirname, '../../out/renderer');
  const bridge = await startBridge({ ctx, table: createHandlerTable(ctx), staticDir, port: Number(values.port) });
  console.log(`SupplyDesk is running in browser mode: ${bridge.url}`);
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.');
  const confirmed = ctx.watchFolders.confirmed();
  console.log(`Watched folders may be: the inbox ${ctx.watchFolders.inbox}${confirmed.map((folder) => `, ${folder}`).join('')}.`);
  console.log(`Confirm another with --watch-folder DIR, or as a line in ${ctx.watchFolders.confirmationFile}.`);

  const stop = async () => {
    await bridge.close();
    await ctx.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
