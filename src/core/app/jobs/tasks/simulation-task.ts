import { openForecastConnection } from '../../../forecasting/connection';
import { resolveSimulation, runSimulation, saveSimulation, type SimulationRequest } from '../../../planning';
import type { TaskContext } from '../../../ground/task-context';

export interface SimulationTaskInput extends SimulationRequest {
  /** The workspace file (the app has it open; the worker opens its own connection). */
  path: string;
}

/**
 * Replays a past period under the merchant's min/max rule and SupplyDesk's policy (and the curve's
 * targets), then stores the results in one transaction. Progress steps: 'simulation.load',
 * 'simulation.policies' (policies simulated); cancel is checked between policies.
 */
export function simulationTask(input: SimulationTaskInput, ctx: TaskContext): { simulationId: number } {
  const { path, ...request } = input;
  const db = openForecastConnection(path);
  try {
    const started = performance.now();
    const settings = resolveSimulation(db, request);
    const results = runSimulation(db, settings, ctx);
    ctx.throwIfCancelled();
    return { simulationId: saveSimulation(db, settings, results, (performance.now() - started) / 1000) };
  } finally {
    db.close();
  }
}
