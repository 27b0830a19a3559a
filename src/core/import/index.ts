/**
 * Import: merchants' CSV and XLSX files into a workspace. The wizard calls
 * inspectFile → previewImport → runImport; undoImport takes one back.
 */
export { inspectFile, type FileInspection, type InspectOptions } from './inspect';
export { previewImport, runImport, READING_STEP, type ImportPreview, type PreviewOptions } from './run-import';
export type { PreviewRow } from './session';
export { undoImport, type UndoResult } from './write/undo';
export { listImports, type ImportLogEntry } from './write/import-log';
export { STORING_STEP } from './write/context';
export { importMappingSchema } from './mapping/saved';
export { writeProblemReport } from './report/problem-report';
export type { ColumnProposal } from './mapping/propose';
export { kindDefinitions } from './kinds';
export type { FieldSpec, KindSpec } from './kinds/fields';
export * from './types';
