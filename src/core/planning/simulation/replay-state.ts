/** The shapes a logistics replay works on (shared by logistics-replay.ts and replay-transfers.ts). */

import type { UnitFacts } from '../../freight';
import type { ReplayLane } from './replay-lanes';
import type { SimSeries } from './sim-input';

export interface ReplaySeries extends SimSeries {
  supplierId: number;
  unit: UnitFacts;
}

/** One SKU-location during a replay (the transfers of replay-transfers.ts move stock between them). */
export interface ReplayState {
  s: ReplaySeries;
  lanes: ReplayLane[];
  defaultLane: ReplayLane | null;
  productionDays: number;
  onHand: number;
  onOrder: number;
  arrivals: Float64Array;
  /** Freight and duty of what lands on a day, charged when it lands inside the replay (as its effect is). */
  freightAt: Float64Array;
}
