import type { ApiErrorShape } from '../../../shared/contract/errors';
import { isAppError } from './app-error';

/** Anything thrown becomes the one error shape; unexpected errors keep their message for support. */
export function toApiError(error: unknown): ApiErrorShape {
  if (isAppError(error)) return { code: error.code, message: error.message, details: error.details };
  if (isZodLike(error)) {
    return {
      code: 'invalid_input',
      message: error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
      details: { issues: error.issues },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, details: {} };
}

function isZodLike(error: unknown): error is { issues: { path: PropertyKey[]; message: string }[] } {
  return typeof error === 'object' && error !== null && Array.isArray((error as { issues?: unknown }).issues);
}
