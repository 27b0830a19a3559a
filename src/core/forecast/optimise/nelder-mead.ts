/**
 * Nelder–Mead simplex minimiser with a reusable workspace, so repeated fits (thousands of
 * series, several models each) allocate nothing in the inner loop.
 * Bounds are handled by the objective (return a large value outside the feasible region),
 * as R's `ets` does.
 */

export interface MinimiseOptions {
  /** Maximum number of objective evaluations. */
  maxEvals: number;
  /** Relative tolerance on the spread of simplex values (R's optim `reltol`). */
  relTol: number;
  /** Absolute tolerance on the spread (e.g. 1e-3 on a −2·log-likelihood is far below noise). */
  absTol?: number;
}

export type Objective = (x: Float64Array) => number;

export class NelderMead {
  private readonly dim: number;
  private readonly simplex: Float64Array[];
  private readonly values: Float64Array;
  private readonly centroid: Float64Array;
  private readonly trial: Float64Array;
  private readonly trial2: Float64Array;

  constructor(maxDim: number) {
    this.dim = maxDim;
    this.simplex = Array.from({ length: maxDim + 1 }, () => new Float64Array(maxDim));
    this.values = new Float64Array(maxDim + 1);
    this.centroid = new Float64Array(maxDim);
    this.trial = new Float64Array(maxDim);
    this.trial2 = new Float64Array(maxDim);
  }

  /**
   * Minimises `f` starting at `x` (length = problem dimension ≤ maxDim), with per-coordinate
   * initial steps. The best point is written back into `x`; returns the minimum value.
   */
  minimise(f: Objective, x: Float64Array, step: ArrayLike<number>, opts: MinimiseOptions): number {
    const d = x.length;
    if (d > this.dim) throw new Error(`NelderMead workspace is for ≤ ${this.dim} dimensions`);
    const S = this.simplex;
    const F = this.values;
    const c = this.centroid.subarray(0, d);
    const xr = this.trial.subarray(0, d);
    const xe = this.trial2.subarray(0, d);
    for (let i = 0; i <= d; i++) {
      const p = S[i] as Float64Array;
      for (let j = 0; j < d; j++) p[j] = x[j] as number;
      if (i > 0) p[i - 1] = (p[i - 1] as number) + (step[i - 1] as number);
      F[i] = f(p.subarray(0, d));
    }
    let evals = d + 1;
    const absTol = opts.absTol ?? 0;
    while (evals < opts.maxEvals) {
      // Order: find best, worst and second worst.
      let best = 0;
      let worst = 0;
      for (let i = 1; i <= d; i++) {
        if ((F[i] as number) < (F[best] as number)) best = i;
        if ((F[i] as number) > (F[worst] as number)) worst = i;
      }
      let second = best;
      for (let i = 0; i <= d; i++) if (i !== worst && (F[i] as number) > (F[second] as number)) second = i;
      const fb = F[best] as number;
      const fw = F[worst] as number;
      if (fw - fb <= opts.relTol * (Math.abs(fb) + opts.relTol) + absTol) break;

      c.fill(0);
      for (let i = 0; i <= d; i++) {
        if (i === worst) continue;
        const p = S[i] as Float64Array;
        for (let j = 0; j < d; j++) c[j] = (c[j] as number) + (p[j] as number) / d;
      }
      const pw = S[worst] as Float64Array;
      for (let j = 0; j < d; j++) xr[j] = 2 * (c[j] as number) - (pw[j] as number);
      const fr = f(xr);
      evals++;
      if (fr < fb) {
        for (let j = 0; j < d; j++) xe[j] = 3 * (c[j] as number) - 2 * (pw[j] as number);
        const fe = f(xe);
        evals++;
        if (fe < fr) this.replace(worst, xe, fe, d);
        else this.replace(worst, xr, fr, d);
      } else if (fr < (F[second] as number)) {
        this.replace(worst, xr, fr, d);
      } else {
        // Contract towards the better of the worst point and its reflection.
        const outside = fr < fw;
        const ref = outside ? xr : pw;
        for (let j = 0; j < d; j++) xe[j] = 0.5 * ((c[j] as number) + (ref[j] as number));
        const fc = f(xe);
        evals++;
        if (fc < (outside ? fr : fw)) {
          this.replace(worst, xe, fc, d);
        } else {
          const pb = S[best] as Float64Array;
          for (let i = 0; i <= d; i++) {
            if (i === best) continue;
            const p = S[i] as Float64Array;
            for (let j = 0; j < d; j++) p[j] = 0.5 * ((p[j] as number) + (pb[j] as number));
            F[i] = f(p.subarray(0, d));
            evals++;
          }
        }
      }
    }
    let best = 0;
    for (let i = 1; i <= d; i++) if ((F[i] as number) < (F[best] as number)) best = i;
    const pb = S[best] as Float64Array;
    for (let j = 0; j < d; j++) x[j] = pb[j] as number;
    return F[best] as number;
  }

  private replace(i: number, p: Float64Array, v: number, d: number): void {
    const dst = this.simplex[i] as Float64Array;
    for (let j = 0; j < d; j++) dst[j] = p[j] as number;
    this.values[i] = v;
  }
}
