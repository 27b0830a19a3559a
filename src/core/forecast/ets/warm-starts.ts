/**
 * Smoothing parameters carried from one fit to the next fit of the same model on a longer window
 * of the same series (backtest origins, then the full history). Neighbouring windows share most
 * of their data, so the previous optimum is a close start and the optimiser needs far fewer
 * likelihood evaluations than from R's generic starting point.
 */

import type { EtsFit } from './types';

export type WarmStart = Pick<EtsFit, 'alpha' | 'beta' | 'gamma' | 'phi'>;

export class WarmStarts {
  private readonly fits = new Map<string, WarmStart>();

  /** `key` names the model and the data it runs on (e.g. 'ETS(A,Ad,N)' or 'theta'). */
  get(key: string): WarmStart | undefined {
    return this.fits.get(key);
  }

  set(key: string, fit: WarmStart): void {
    this.fits.set(key, { alpha: fit.alpha, beta: fit.beta, gamma: fit.gamma, phi: fit.phi });
  }
}
