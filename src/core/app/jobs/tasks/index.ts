import type { JobKind } from '../../../../shared/contract/schemas/app';
import type { TaskContext } from '../../../ground/task-context';
import { demoTask } from './demo-task';
import { forecastRunTask } from './forecast-run-task';
import { forecastChunkTask } from './forecast-chunk-task';
import { globalModelTask } from './global-model-task';
import { importTask } from './import-task';
import { planRunTask } from './plan-run-task';
import { simulationTask } from './simulation-task';
import { refreshTask } from './refresh-task';
import { alertsTask } from './alerts-task';
import { recommendTask } from './recommend-task';
import { logisticsReplayTask } from './logistics-replay-task';

type Task = (input: never, ctx: TaskContext) => unknown;

/** Every kind of job a worker can run; each task's types give its kind's input and output (see job-map.ts). */
export const tasks = {
  demo: demoTask,
  forecastRun: forecastRunTask,
  forecastChunk: forecastChunkTask,
  globalModel: globalModelTask,
  import: importTask,
  planRun: planRunTask,
  simulation: simulationTask,
  watchImport: importTask,
  refresh: refreshTask,
  alerts: alertsTask,
  recommend: recommendTask,
  logisticsReplay: logisticsReplayTask,
} satisfies Record<JobKind, Task>;
