/**
 * The network's output layout, apart from the network (model.ts) so that planning a training run
 * (work-plan.ts) does not load tfjs.
 */

/** Outputs per forecast step: the quantiles and the mean. */
export const outputsPerStep = (quantileCount: number): number => quantileCount + 1;
