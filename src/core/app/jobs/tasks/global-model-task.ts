import { openForecastConnection } from '../../../forecasting/connection';
import type { GlobalModelInfo } from '../../../forecasting/global-models';
import { trainWorkspaceGlobalModel } from '../../../forecasting/global-training';
import type { Frequency } from '../../../forecasting/types';
import type { TaskContext } from '../../../ground/task-context';

export interface GlobalModelTaskInput {
  path: string;
  frequency: Frequency;
}

/** Trains the global model on the workspace's sales and stores it there (steps 'forecast.history', 'global.*'). */
export async function globalModelTask(input: GlobalModelTaskInput, ctx: TaskContext): Promise<GlobalModelInfo> {
  const db = openForecastConnection(input.path);
  try {
    return await trainWorkspaceGlobalModel(db, input.frequency, ctx);
  } finally {
    db.close();
  }
}
