/** Global (cross-series) forecasting model in TensorFlow.js: public API. Run it in a worker thread. */

export { initTensorflow } from './backend';
export { trainGlobalModel, type TrainingResult } from './train';
export { forecastWithGlobalModel, type ForecastInputs } from './predict';
export { artefactFromColumns, artefactToColumns, loadNetwork, type ArtefactColumns } from './artefact';
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
