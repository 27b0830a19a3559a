import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../ground/random';
import { initTensorflow } from './backend';
import { forecastWithGlobalModel } from './predict';
import { trainGlobalModel, type TrainingResult } from './train';

const H = 4;
const LENGTH = 60;
const COUNT = 100;
const u = seededRandom(3);

/** Promoted buckets sell twice the level, a 20% price cut 1.5×; Poisson-like noise around it. */
const levels = Array.from({ length: COUNT }, () => 5 + 40 * u());
const promo = levels.map(() => Float64Array.from({ length: LENGTH + H }, () => (u() < 0.15 ? 1 : 0)));
const price = levels.map(() => Float64Array.from({ length: LENGTH + H }, () => (u() < 0.1 ? 8 : 10)));
const history = levels.map((level, s) =>
  Float64Array.from({ length: LENGTH }, (_, t) => {
    const lift = ((promo[s] as Float64Array)[t] ? 2 : 1) * ((price[s] as Float64Array)[t] === 8 ? 1.5 : 1);
    return Math.round(level * lift * (1 + 0.15 * (u() * 2 - 1)));
  }),
);

let trained: TrainingResult;

beforeAll(async () => {
  await initTensorflow();
  const options = {
    seasonLength: 1,
    horizon: H,
    frequency: 'other' as const,
    covariates: { promo, price },
    inputLength: 12,
    hiddenUnits: [32],
    maxEpochs: 12,
    learningRate: 3e-3,
    ensembleSize: 1,
    seed: 9,
  };
  trained = await trainGlobalModel(history, options, { progress: () => {}, throwIfCancelled: () => {} });
});

/** Mean forecast per horizon step over all series, with `future` planned for step 2 only. */
async function forecastWith(future: { promo: number; price: number }): Promise<number[]> {
  const planned = (arrays: Float64Array[], regular: number, atStep: number): Float64Array[] =>
    arrays.map((a) => {
      const out = Float64Array.from(a).fill(regular, LENGTH);
      out[LENGTH + 2] = atStep;
      return out;
    });
  const covariates = { promo: planned(promo, 0, future.promo), price: planned(price, 10, future.price) };
  const forecasts = await forecastWithGlobalModel(trained.artefact, history, { covariates });
  return Array.from({ length: H }, (_, h) => forecasts.reduce((sum, f) => sum + (f.mean[h] as number), 0) / forecasts.length);
}

describe('global model covariates', () => {
  it('lifts the forecast of a bucket with a planned promotion, and of one with a price cut', async () => {
    const plain = await forecastWith({ promo: 0, price: 10 });
    const promoted = await forecastWith({ promo: 1, price: 10 });
    const cut = await forecastWith({ promo: 0, price: 8 });
    expect(promoted[2]).toBeGreaterThan(1.5 * (plain[2] as number));
    expect(cut[2]).toBeGreaterThan(1.2 * (plain[2] as number));
    // The buckets around the planned one keep (nearly) the regular forecast.
    for (const h of [0, 1, 3]) expect(Math.abs((promoted[h] as number) - (plain[h] as number))).toBeLessThan(0.15 * (plain[h] as number));
  });
});
