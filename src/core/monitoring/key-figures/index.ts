export { computeKeyFigures, withSupplierOtif, workspaceFigures, type WorkspaceFigures } from './key-figures';
export { KEY_DEFINITIONS } from './definitions';
export { keepForecastAccuracyScores } from './forecast-accuracy';
export * from './types';
