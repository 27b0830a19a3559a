import { z } from 'zod';

export const errorCodes = [
  'invalid_input',
  'not_found',
  'no_workspace',
  'workspace_not_sqlite',
  'not_a_workspace',
  'workspace_too_new',
  'workspace_read_only',
  'workspace_missing',
  'workspace_exists',
  'workspace_damaged',
  'workspace_busy',
  'job_cancelled',
  'job_failed',
  'not_supported',
  'internal',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The one error shape every transport returns. */
export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type ApiErrorShape = z.infer<typeof apiErrorSchema>;
