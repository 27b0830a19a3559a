import { z } from 'zod';

/** Kept in step with `importKinds` in core (the contract may not import core). */
export const importKindSchema = z.enum(['catalog', 'suppliers', 'terms', 'sales', 'order-lines', 'stock', 'purchase-orders', 'receipts', 'lanes']);
export type ImportKindName = z.infer<typeof importKindSchema>;

export const encodingOptionSchema = z.enum(['auto', 'utf8', 'gb18030']);

const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** How file columns become fields: by header text or 0-based position, plus formats. */
export const importMappingSchema = z
  .object({
    columns: z.record(z.string(), z.union([z.string(), z.number().int().min(0)])),
    dateOrder: z.enum(['YMD', 'DMY', 'MDY']).optional(),
    decimalSeparator: z.enum(['.', ',']).optional(),
    defaultLocation: z.string().trim().min(1).max(100).optional(),
    defaultDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional(),
  })
  .strict();
export type ImportMappingInput = z.infer<typeof importMappingSchema>;

export const importFieldSchema = z.object({
  key: z.string(),
  /** English label; the UI translates by `import.field.<key>`. */
  label: z.string(),
  type: z.enum(['text', 'code', 'number', 'integer', 'date', 'datetime', 'boolean']),
  required: z.boolean(),
});
export const importKindFieldsSchema = z.object({ kind: importKindSchema, label: z.string(), fields: z.array(importFieldSchema) });
export type ImportKindFields = z.infer<typeof importKindFieldsSchema>;

const readOptions = {
  path: z.string().min(1),
  encoding: encodingOptionSchema.optional(),
  sheet: z.union([z.string().min(1), z.number().int().min(0)]).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
};

export const inspectInputSchema = z.object({ ...readOptions, kind: importKindSchema.optional() }).strict();

export const fileInspectionSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  bytes: z.number(),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  sample: z.array(z.object({ row: z.number().int(), cells: z.array(cellSchema) })),
  kind: importKindSchema,
  kindConfidence: z.number(),
  kinds: z.array(z.object({ kind: importKindSchema, score: z.number() })),
  mapping: importMappingSchema,
  columns: z.array(z.object({ index: z.number().int(), header: z.string(), field: z.string().nullable(), confidence: z.number() })),
  /** Required fields no column is mapped to yet. */
  missing: z.array(z.string()),
  mappingSource: z.enum(['saved', 'proposed']),
});
export type FileInspectionView = z.infer<typeof fileInspectionSchema>;

export const importRunInputSchema = z
  .object({
    ...readOptions,
    kind: importKindSchema,
    mapping: importMappingSchema,
    onError: z.enum(['abort', 'skip']).optional(),
  })
  .strict();
export type ImportRunInput = z.infer<typeof importRunInputSchema>;

export const problemCodeSchema = z.enum([
  'missing_value', 'bad_date', 'date_out_of_range', 'not_a_number', 'negative', 'out_of_range', 'bad_value',
  'duplicate_key', 'unknown_supplier', 'unknown_product', 'unknown_order', 'value_too_long', 'formula',
  'new_products', 'new_locations', 'default_location', 'default_date', 'already_imported', 'encoding',
  'ambiguous_dates', 'database', 'returns',
]);

export const importProblemSchema = z.object({
  file: z.string(),
  /** Row as the user sees it in the file; 0 when about the whole file. */
  row: z.number().int(),
  column: z.string(),
  field: z.string().optional(),
  value: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
  code: problemCodeSchema,
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importSummarySchema = z.object({
  importId: z.number().int().nullable(),
  status: z.enum(['done', 'aborted']),
  kind: importKindSchema,
  file: z.string(),
  rowsRead: z.number().int(),
  rowsStored: z.number().int(),
  rowsSkipped: z.number().int(),
  warnings: z.number().int(),
  problems: z.object({
    list: z.array(importProblemSchema),
    errors: z.number().int(),
    warnings: z.number().int(),
    byCode: z.record(z.string(), z.number()),
  }),
  created: z.object({ products: z.array(z.string()), locations: z.array(z.string()) }),
  changes: z.record(z.string(), z.object({ inserted: z.number(), updated: z.number(), deleted: z.number() })),
  /** Sales: rows with a negative quantity, read as returns and counted apart from demand. */
  returns: z.object({ rows: z.number().int(), units: z.number() }).optional(),
  mapping: importMappingSchema,
  seconds: z.number(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importPreviewSchema = z.object({
  /** The first records as they would be stored; `ok` false when the row has an error. */
  rows: z.array(z.object({ row: z.number().int(), ok: z.boolean(), values: z.record(z.string(), cellSchema) })),
  headers: z.array(z.string()),
  headerRow: z.number().int(),
  mappingSource: z.enum(['given', 'saved', 'proposed']),
  /** An import that stops at the first error would write nothing. */
  wouldAbort: z.boolean(),
  summary: importSummarySchema,
});
export type ImportPreviewView = z.infer<typeof importPreviewSchema>;

export const importJobResultSchema = z.object({
  jobId: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  summary: importSummarySchema.nullable(),
});

export const importLogEntrySchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  fileName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'done', 'failed', 'cancelled', 'undone']),
  rowsRead: z.number().int(),
  rowsStored: z.number().int(),
  rowsSkipped: z.number().int(),
  warnings: z.number().int(),
  /** Only the newest finished import can be undone. */
  canUndo: z.boolean(),
});
export type ImportLogRow = z.infer<typeof importLogEntrySchema>;

export const undoResultSchema = z.object({ importId: z.number().int(), changes: z.record(z.string(), z.number()) });
