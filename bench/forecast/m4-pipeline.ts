/**
 * M4 weekly (359 series, h = 13) through the forecasting pipeline as `forecast --input` runs it:
 * engine alone, then the global model trained on the cut history with learnt weights, the global
 * model alone and the plain average. M4 series carry no dates: the origin is one fixed day, so
 * the calendar features see a constant position and no events are passed.
 */

import { dayFromIso } from '../../src/core/ground/calendar';
import { loadM4Weekly } from './data';
import { runPipelineWays } from './pipeline-ways';
import { WHOLE_PLAN_BUDGET } from './whole-plan';

const H = 13;

export async function runM4Pipeline(dataDir: string): Promise<void> {
  const d = loadM4Weekly(dataDir);
  console.log(`\n== M4 weekly through the pipeline: ${d.ids.length} series, h=${H}, the ${WHOLE_PLAN_BUDGET.planSeconds} s plan trained whole ==`);
  await runPipelineWays({ train: d.train, test: d.test, frequency: 'week', horizon: H, lastDay: dayFromIso('2020-01-05') }, [
    'engine',
    { label: 'global', fixedWeight: 1 },
    { label: 'average', fixedWeight: 0.5 },
    'learnt',
  ]);
}
