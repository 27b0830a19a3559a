import type { ErrorCode } from '../../../shared/contract/errors';

/**
 * An error the user can act on. Everything that crosses the API carries a code
 * the UI translates, an English message for logs and the CLI, and details
 * (file, row, column, …) that make the message concrete.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
