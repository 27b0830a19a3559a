/**
 * What a training run trains, fixed before it starts from the data and a calibrated cost per
 * window: how many windows, epochs and ensemble members. The same data and settings give the
 * same model however busy the machine is; the time budget is only a safety stop (train.ts), which
 * a run reports when it fires.
 */

import { outputsPerStep } from './output-layout';
import type { FeatureLayout } from './types';

/**
 * Share of the budget the plan fills at the calibrated cost: a machine twice as slow or twice as
 * busy as the one measured still trains the whole plan before the safety stop.
 */
export const PLAN_SHARE = 0.5;

/**
 * Epochs a member needs to be worth averaging: a plan too small for this many per member trains
 * one network (under-trained members averaged gave biased forecasts: −32% on the online retail
 * weekly hold-out).
 */
export const MIN_MEMBER_EPOCHS = 4;

/** Fewest training windows a plan takes when the series give them, however small its seconds. */
const MIN_PLANNED_WINDOWS = 10_000;

/**
 * CPU seconds of one window in one epoch (forward, backward and the Adam step in batches of 256,
 * tfjs wasm with SIMD on one core): a fixed part plus one per multiply-add of the network.
 * Measured with trainMember on the project's 2-core machine: 75 µs a window at 102k
 * multiply-adds (width 500, 28 steps), 104 µs at 157k (width 940, 26 weekly steps), 140 µs at 228k.
 */
const SECONDS_PER_WINDOW = 23e-6;
const SECONDS_PER_MULTIPLY_ADD = 0.51e-9;
/** Each epoch also scores the validation windows: a forward pass, about a third of a training window. */
const VALIDATION_COST_SHARE = 1 / 3;

export interface WorkPlan {
  /** Training windows (what the sampling gave within the plan's cap). */
  windows: number;
  /** Most epochs per member (early stopping may end a member sooner, the same way every time). */
  epochs: number;
  members: number;
  /** CPU seconds the plan costs at the calibrated rate if every member runs every epoch. */
  seconds: number;
}

/** Calibrated CPU seconds of one training window in one epoch for this row layout and network. */
export function windowEpochSeconds(layout: Pick<FeatureLayout, 'width' | 'horizon'>, hiddenUnits: readonly number[], quantileCount: number): number {
  const widths = [layout.width, ...hiddenUnits, layout.horizon * outputsPerStep(quantileCount)];
  let multiplyAdds = 0;
  for (let i = 1; i < widths.length; i++) multiplyAdds += (widths[i - 1] as number) * (widths[i] as number);
  return SECONDS_PER_WINDOW + SECONDS_PER_MULTIPLY_ADD * multiplyAdds;
}

/**
 * Most training windows to sample: as many as `seconds` can train MIN_MEMBER_EPOCHS epochs over,
 * within `cap` (at least MIN_PLANNED_WINDOWS, or `cap` when smaller).
 */
export function plannedWindowCap(seconds: number, costPerWindow: number, cap: number): number {
  const affordable = Math.floor(seconds / (costPerWindow * MIN_MEMBER_EPOCHS));
  return Math.min(cap, Math.max(MIN_PLANNED_WINDOWS, affordable));
}

/**
 * Epochs and members for the windows sampled: every epoch `seconds` can pay for, shared by the
 * ensemble only when each member gets MIN_MEMBER_EPOCHS; at least one epoch.
 */
export function planWork(
  seconds: number,
  costPerWindow: number,
  windows: { train: number; validation: number },
  limits: { maxEpochs: number; ensembleSize: number },
): WorkPlan {
  const epochSeconds = costPerWindow * (windows.train + VALIDATION_COST_SHARE * windows.validation);
  const affordable = epochSeconds > 0 ? Math.floor(seconds / epochSeconds) : limits.maxEpochs;
  const members = limits.ensembleSize > 1 && affordable >= limits.ensembleSize * MIN_MEMBER_EPOCHS ? limits.ensembleSize : 1;
  const epochs = Math.max(1, Math.min(limits.maxEpochs, Math.floor(affordable / members)));
  return { windows: windows.train, epochs, members, seconds: epochs * members * epochSeconds };
}
