import type { z } from 'zod';
import { AppError } from './app-error';

/**
 * Checks a value with the contract's schema for it (the one place its rule is written) and
 * answers the user with a clear invalid_input error when it breaks the rule.
 */
export function checkWith<S extends z.ZodType>(schema: S, value: unknown, message: string, details: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('invalid_input', message, details);
  return parsed.data;
}
