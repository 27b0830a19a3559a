import { setWriterName, setWriteWaitListener, type WriteWaitEvent } from '../core/db/write-lock';
import { AppError } from '../core/ground/errors/app-error';
import { boundHeapGrowth } from '../core/ground/heap-growth';
import { commands } from './commands';
import { usage } from './usage';
import { CliUsageError } from './usage-error';

/** `npm run cli -- <command> [options]`: SupplyDesk without a window, for scripts and batch work. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) throw new CliUsageError(`Unknown command "${name}"`);
  setWriterName(name);
  // A forecast or refresh at 50,000 SKUs keeps its garbage in proportion (heap-growth.ts).
  boundHeapGrowth();
  setWriteWaitListener(sayWhatWeWaitFor);
  const command = await load();
  return (await command(rest)) ?? 0;
}

/**
 * Another writer holds the workspace: say so on stderr after the first quiet second, and again
 * once this command's turn came. A real timeout fails with workspace_busy (core/db/write-lock.ts).
 */
function sayWhatWeWaitFor(event: WriteWaitEvent): void {
  if (event.state === 'waiting') {
    process.stderr.write(
      event.holder
        ? `supplydesk: waiting for another SupplyDesk writer (${event.holder.writer}) to finish… (process ${event.holder.pid})\n`
        : 'supplydesk: waiting for another program writing to this workspace to finish…\n',
    );
  } else {
    process.stderr.write(`supplydesk: waited ${(event.waitedMs / 1000).toFixed(1)} s for the other writer; continuing\n`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliUsageError) {
      process.stderr.write(`supplydesk: ${error.message}\n\n${usage()}`);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof AppError ? ` [${error.code}]` : '';
    process.stderr.write(`supplydesk: ${message}${code}\n`);
    process.exit(1);
  },
);
