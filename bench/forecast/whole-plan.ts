/**
 * The training budget of in-process benches: `forecast --input`'s planned training (sized by its
 * default budget) trained whole, with a safety stop no plan reaches however busy the machine
 * (`--time-budget 900` on the CLI). The same data then gives the same model at any load.
 */

import { DEFAULT_TIME_BUDGET_SECONDS } from '../../src/cli/commands/forecast-global-options';

export const WHOLE_PLAN_BUDGET = { planSeconds: DEFAULT_TIME_BUDGET_SECONDS, maxTrainSeconds: 900 } as const;
