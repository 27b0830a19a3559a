import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTensorflow } from './backend';
import { decodeOutputs } from './model';
import { anchorIndex, cumulationMatrix, meanLoss, monotoneQuantiles, pinballLoss } from './quantile-head';

const LEVELS = [0.1, 0.5, 0.9, 0.95, 0.99];

beforeAll(async () => {
  await initTensorflow();
});

describe('monotone quantiles', () => {
  it('anchors at the level nearest the median', () => {
    expect(anchorIndex(LEVELS)).toBe(1);
    expect(anchorIndex([0.8, 0.9])).toBe(0);
  });

  it('cumulates increments outwards from the anchor', () => {
    expect(cumulationMatrix(4, 1)).toEqual([
      [-1, 0, 0, 0],
      [1, 1, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 0, 1],
    ]);
  });

  it('never crosses, and the anchor output is the raw value', () => {
    const raw = tf.randomNormal([500, LEVELS.length], 0, 5, 'float32', 3) as tf.Tensor2D;
    const q = monotoneQuantiles(raw, 1).arraySync();
    const r = raw.arraySync();
    q.forEach((row, i) => {
      for (let j = 1; j < row.length; j++) expect(row[j] as number).toBeGreaterThanOrEqual(row[j - 1] as number);
      expect(row[1]).toBeCloseTo((r[i] as number[])[1] as number, 5);
    });
    tf.dispose(raw);
  });

  it('puts the increments at softplus distances from the anchor', () => {
    const q = monotoneQuantiles(tf.tensor2d([[0, 2, 0, 0, 0]]), 1).arraySync()[0] as number[];
    const sp0 = Math.log(2);
    expect(q[0]).toBeCloseTo(2 - sp0, 5);
    expect(q[2]).toBeCloseTo(2 + sp0, 5);
    expect(q[4]).toBeCloseTo(2 + 3 * sp0, 5);
  });
});

describe('losses', () => {
  it('pinball loss matches a hand computation', () => {
    const y = tf.tensor2d([[3], [0]]);
    const q = tf.tensor2d([
      [1, 2, 4],
      [1, 2, 4],
    ]);
    // Row 1 (y = 3): 0.1·2 + 0.5·1 + 0.9·(3 − 4 → 0.1·1) = 0.2 + 0.5 + 0.1 = 0.8.
    // Row 2 (y = 0): 0.9·1 + 0.5·2 + 0.1·4 = 0.9 + 1 + 0.4 = 2.3.  Mean = 1.55.
    expect(pinballLoss(y, q, [0.1, 0.5, 0.9]).dataSync()[0]).toBeCloseTo(1.55, 6);
  });

  it('mean loss winsorises targets', () => {
    const loss = meanLoss(tf.tensor2d([[100], [-1]]), tf.tensor2d([[0], [0]]), 10);
    expect(loss.dataSync()[0]).toBeCloseTo((100 + 1) / 2, 6);
  });

  it('mean loss winsorises each row at its own cap', () => {
    const loss = meanLoss(tf.tensor2d([[100], [-100], [3]]), tf.tensor2d([[0], [0], [0]]), tf.tensor2d([[10], [5], [25]]));
    expect(loss.dataSync()[0]).toBeCloseTo((100 + 25 + 9) / 3, 4);
  });

  it('decodes the mean as an offset from the median, per step', () => {
    // One row, H = 2, Q = 2 (+ mean): step 1 = [q.5 raw 1, increment 0, mean offset 0.5].
    const raw = tf.tensor2d([[1, 0, 0.5, -2, 0, 0]]);
    const { quantiles, mean } = decodeOutputs(raw, 2, 0);
    expect(quantiles.shape).toEqual([2, 2]);
    expect(Array.from(mean.dataSync())).toEqual([1.5, -2]);
  });
});
