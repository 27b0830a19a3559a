import { ApiError } from '../../shared/contract/api-error';
import { errorCodes, type ApiErrorShape, type ErrorCode } from '../../shared/contract/errors';

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/** Whatever was thrown, as the one error shape the UI knows how to explain. */
export function toErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof ApiError) return { code: error.code, message: error.message, details: error.details };
  if (typeof error === 'object' && error !== null && 'code' in error && isErrorCode(error.code)) {
    const shaped = error as Partial<ApiErrorShape> & { code: ErrorCode };
    return { code: shaped.code, message: String(shaped.message ?? ''), details: shaped.details ?? {} };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error), details: {} };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return toErrorShape(error).code === code;
}
