import { AppError } from '../core/ground/errors/app-error';
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
  const command = commands[name];
  if (!command) throw new CliUsageError(`Unknown command "${name}"`);
  return (await command(rest)) ?? 0;
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
