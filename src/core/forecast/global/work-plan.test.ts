import { describe, expect, it } from 'vitest';
import { MIN_MEMBER_EPOCHS, plannedWindowCap, planWork, windowEpochSeconds } from './work-plan';

const layout = { width: 940, horizon: 26 };
const hidden = [128, 128];
const limits = { maxEpochs: 40, ensembleSize: 3 };

describe('the training plan', () => {
  it('costs a window more as the rows and the network grow', () => {
    const weekly = windowEpochSeconds(layout, hidden, 5);
    expect(weekly).toBeGreaterThan(80e-6);
    expect(weekly).toBeLessThan(130e-6);
    expect(windowEpochSeconds({ ...layout, width: 300 }, hidden, 5)).toBeLessThan(weekly);
    expect(windowEpochSeconds(layout, [256, 256], 5)).toBeGreaterThan(weekly);
  });

  it('samples as many windows as its seconds train for the minimum epochs, within the cap and the floor', () => {
    const cost = 100e-6;
    expect(plannedWindowCap(30, cost, 90_000)).toBe(75_000);
    expect(plannedWindowCap(300, cost, 90_000)).toBe(90_000);
    expect(plannedWindowCap(1, cost, 90_000)).toBe(10_000);
    expect(plannedWindowCap(1, cost, 4_000)).toBe(4_000);
  });

  it('shares the epochs among members only when each gets enough, and always trains one epoch', () => {
    const cost = 100e-6;
    const big = planWork(30, cost, { train: 75_000, validation: 5_000 }, limits);
    expect(big).toMatchObject({ windows: 75_000, epochs: 3, members: 1 });
    expect(big.seconds).toBeLessThanOrEqual(30);

    const small = planWork(30, cost, { train: 5_000, validation: 500 }, limits);
    expect(small.members).toBe(3);
    expect(small.epochs).toBeGreaterThanOrEqual(MIN_MEMBER_EPOCHS);
    expect(small.seconds).toBeLessThanOrEqual(30);

    const capped = planWork(1000, cost, { train: 1_000, validation: 100 }, limits);
    expect(capped).toMatchObject({ epochs: 40, members: 3 });

    expect(planWork(0.01, cost, { train: 75_000, validation: 5_000 }, limits)).toMatchObject({ epochs: 1, members: 1 });
  });

  it('depends on nothing but its inputs', () => {
    const args = [20, 90e-6, { train: 31_000, validation: 2_000 }, limits] as const;
    expect(planWork(...args)).toEqual(planWork(...args));
  });
});
