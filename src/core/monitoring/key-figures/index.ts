export { computeKeyFigures, withSupplierOtif, workspaceFigures, type WorkspaceFigures } from './key-figures';
export { KEY_DEFINITIONS } from './definitions';
export * from './types';
