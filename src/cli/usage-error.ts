/** A mistake in the command line itself: printed with the usage, exit code 2. */
export class CliUsageError extends Error {}
