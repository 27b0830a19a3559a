import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './usage-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse a command's options; unknown or malformed options are usage errors (exit 2). */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (!value) throw new CliUsageError(`--${name} is required`);
  return value;
}

export function integerOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliUsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}
