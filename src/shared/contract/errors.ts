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

/**
 * Why an import refused a whole file, as `details.reason` of an `invalid_input` error: the UI
 * words each from the reason and the error's details (`file`, `row`, `column`, …), in the user's
 * language; the English message is for the CLI, logs and unknown reasons.
 */
export const importFileErrorReasons = [
  'file_empty',
  'file_bom_only',
  'file_header_only',
  'file_no_rows',
  'file_no_header_row',
  'file_old_excel',
  'file_binary',
  'file_is_folder',
  'file_unreadable',
  'file_not_a_workbook',
  'file_damaged_workbook',
  'file_password',
  'file_no_sheet',
  'file_wrong_encoding',
  'file_looks_utf8',
  'file_too_many_columns',
  'file_not_a_table',
  'mapping_column_absent',
  'mapping_duplicate_column',
  'mapping_missing_fields',
] as const;
export type ImportFileErrorReason = (typeof importFileErrorReasons)[number];
