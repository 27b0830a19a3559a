export { applySupplierConfirmations, type ApplyOptions } from './apply-confirmations';
export { importSupplierConfirmationsFile } from './import-confirmations-file';
export { readConfirmationsFile } from './read-confirmations';
export type { ConfirmationChange, ConfirmationProblem, ConfirmationResult, ConfirmationRow, LineConfirmation } from './types';
