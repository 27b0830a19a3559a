/** Policy simulation: replay past demand under policies, side by side. */

export { loadSimulationInput, HISTORY_DAYS, type SimSeries } from './sim-input';
export { simulatePolicy, serviceCurve, DEFAULT_COSTS, type PolicyResult, type CurvePoint, type CostSettings } from './simulate';
export { DEFAULT_MIN_MAX, decide, type SimPolicy, type MinMaxPolicy, type SupplyDeskPolicy } from './policies';
export { minMaxAtInventory } from './equal-inventory';
export { rollingForecast } from './rolling-forecast';
export { simulationView } from './simulation-view';
export {
  CURVE_TARGETS,
  listSimulations,
  resolveSimulation,
  runSimulation,
  saveSimulation,
  type SimulationRequest,
  type SimulationResults,
  type SimulationSettings,
  type StoredSimulation,
} from './run-simulation';
export {
  listLogisticsReplays,
  loadReplayGroups,
  resolveLogisticsReplay,
  runLogisticsReplay,
  saveLogisticsReplay,
  type LogisticsReplayRequest,
  type LogisticsReplayResults,
  type LogisticsReplaySettings,
  type StoredLogisticsReplay,
} from './run-logistics-replay';
export { replayArm, type ArmResult, type ReplaySeries } from './logistics-replay';
export { loadReplayLanes, type ReplayLanes } from './replay-lanes';
