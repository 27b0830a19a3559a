/** Statistical demand forecasting engine: public API. */

export { forecastSeries } from './forecast-series';
export { chooseMethod, type ChooseOptions, type MethodChoice } from './select';
export { classifyDemand, ADI_CUTOFF, CV2_CUTOFF, type DemandProfile } from './classify';
export { leadTimeDemand, leadTimeDistribution, type LeadTimeDistribution } from './lead-time';
export { mase, rmsse, wape, bias, pinball, scaledPinball, coverage } from './metrics';
export { forecastQuantiles, quantileKey, DEFAULT_QUANTILES } from './quantiles';
export { naive, seasonalNaive, movingAverage, historicalMean } from './baselines';
export { theta } from './theta';
export { croston, sba, optimisedCroston } from './intermittent/croston';
export { tsb } from './intermittent/tsb';
export { adida } from './intermittent/adida';
export { fitEts } from './ets/fit';
export { autoEts } from './ets/auto';
export { etsForecast } from './ets/forecast';
export { etsName, type EtsFit, type EtsSpec } from './ets/types';
export { combineForecasts } from './combine';
export { forecastCandidates, type CandidateName } from './candidates';
export { detectSeasonality } from './seasonal-adjustment';
export { cleanHistory } from './series';
export { hasSeasonality, seasonalIndices } from './seasonality';
export type { ForecastOptions, ForecastResult, MethodForecast, DemandClass } from './types';
