/** Global (cross-series) forecasting model in TensorFlow.js: public API. Run it in a worker thread. */

export { initTensorflow } from './backend';
export { trainGlobalModel, type TrainingResult } from './train';
export { forecastWithGlobalModel, type ForecastInputs } from './predict';
export { loadNetwork } from './artefact';
export { artefactFromColumns, artefactToColumns, type ArtefactColumns } from './artefact-columns';
export { defaultInputLength } from './windows';
export type {
  Covariates,
  Frequency,
  GlobalForecast,
  GlobalModelArtefact,
  GlobalModelMeta,
  GlobalModelOptions,
  TrainingContext,
  TrainingMetrics,
  TrainingOptions,
} from './types';
