import { describe, expect, it } from 'vitest';
import type { GlobalForecast } from '../forecast/global/types';
import { applyCombination, csvMethodName } from './global-combine';
import type { EngineView, LearntCombination } from './global-pipeline-types';

const LEVELS = [0.1, 0.5, 0.9];
const H = 6;

function engineView(level: number): EngineView {
  const mean = new Float64Array(H).fill(level);
  return { mean, quantiles: { p10: mean.map((m) => m * 0.5), p50: Float64Array.from(mean), p90: mean.map((m) => m * 1.5) }, demandClass: 'smooth', method: 'ETS(A,N,N)' };
}

function globalForecast(level: number): GlobalForecast {
  const mean = new Float64Array(H).fill(level);
  return { mean, quantiles: { p10: mean.map((m) => m * 0.8), p50: Float64Array.from(mean), p90: mean.map((m) => m * 1.2) } };
}

function learnt(globalWeight: number, profileWeight: number | null): LearntCombination {
  const weights = (w: number) => ({ classes: { smooth: { bands: [w, w, w], series: 50 } }, overall: [w, w, w] });
  return {
    weights: weights(globalWeight),
    calibration: { factors: {}, coverageBefore: {}, coverageAfter: {} },
    bias: [],
    validationSeries: 50,
    ...(profileWeight !== null ? { profileWeights: weights(profileWeight) } : {}),
  };
}

/** Combines one engine forecast (level 10) with a global one (20) and a profile (40), returning the CSV label and mean. */
function combine(globalWeight: number, profileWeight: number | null, profile: Float64Array | null = new Float64Array(H).fill(40)) {
  const view = engineView(10);
  applyCombination([view], [globalForecast(20)], learnt(globalWeight, profileWeight), LEVELS, csvMethodName, [profile]);
  return { method: view.method, mean: view.mean[0]! };
}

describe('the method column names what the combined forecast used', () => {
  it('global model and engine, without a profile: global+ets', () => {
    expect(combine(0.5, null)).toEqual({ method: 'global+ets', mean: 15 });
  });

  it('global model, engine and last year\'s pooled shape: global+ets+profile', () => {
    // Engine with the profile at half weight: 25; then half the global model: 22.5.
    expect(combine(0.5, 0.5)).toEqual({ method: 'global+ets+profile', mean: 22.5 });
  });

  it('the global model at weight 0 with the profile in: profile+ets', () => {
    expect(combine(0, 0.5)).toEqual({ method: 'profile+ets', mean: 25 });
  });

  it('the global model taking every step hides the profile: global', () => {
    expect(combine(1, 0.5)).toEqual({ method: 'global', mean: 20 });
  });

  it('neither taking weight keeps the engine\'s own label', () => {
    expect(combine(0, 0)).toEqual({ method: 'ETS(A,N,N)', mean: 10 });
    expect(combine(0, 0.5, null)).toEqual({ method: 'ETS(A,N,N)', mean: 10 });
  });

  it('a namer written for two arguments still names combined series', () => {
    const view = engineView(10);
    applyCombination([view], [globalForecast(20)], learnt(0.5, 0.5), LEVELS, (m) => `${m} + global model`, [new Float64Array(H).fill(40)]);
    expect(view.method).toBe('ETS(A,N,N) + global model');
  });
});
