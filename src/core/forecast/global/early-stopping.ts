/**
 * Keeps the weights of the best validation epoch. A "better" epoch must beat the best loss by a
 * small share, so noise on the validation set does not count as progress.
 */

import * as tf from '@tensorflow/tfjs';

const MIN_IMPROVEMENT = 1e-3;

export class BestWeights {
  private snapshot: tf.Tensor[] | null = null;
  loss = NaN;
  epoch = 0;

  /** Records the epoch's validation loss; returns whether it is the new best. */
  offer(loss: number, epoch: number, variables: readonly tf.Variable[]): boolean {
    if (loss >= this.loss * (1 - MIN_IMPROVEMENT)) return false;
    this.loss = loss;
    this.epoch = epoch;
    tf.dispose(this.snapshot ?? []);
    this.snapshot = variables.map((v) => tf.clone(v));
    return true;
  }

  /** Puts the best weights back into the variables (no-op before the first epoch). */
  restore(variables: readonly tf.Variable[]): void {
    this.snapshot?.forEach((value, i) => variables[i]?.assign(value));
  }

  dispose(): void {
    tf.dispose(this.snapshot ?? []);
    this.snapshot = null;
  }
}
