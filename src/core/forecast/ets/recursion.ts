/**
 * The ETS filtering recursions (error-correction form, as R's etscalc). Hot loops: no allocation,
 * numeric codes instead of strings.
 *
 *   q = l + φb                       (forecast of the level/trend part)
 *   ŷ = q (+ s | × s)
 *   l' = q + α (p − q)               p = y (− s | / s)
 *   b' = φb + (β/α)(l' − l − φb)
 *   s' = s + γ (t − s)               t = y − q | y / q
 */

/** Numerical floor for divisions in multiplicative models. */
const TOL = 1e-10;

/**
 * Runs the recursion over y[0..n). `season` holds the initial seasonal states (index t % m) and
 * is updated in place. Writes out[0] = Σe² (e relative for multiplicative error),
 * out[1] = Σ log|ŷ|, out[2] = final level, out[3] = final trend. Returns false if a
 * multiplicative model hit a non-positive forecast (infeasible parameters).
 */
export function runEts(
  y: Float64Array,
  n: number,
  multError: boolean,
  trendCode: number,
  seasonCode: number,
  m: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  l0: number,
  b0: number,
  season: Float64Array,
  out: Float64Array,
  resid?: Float64Array,
): boolean {
  let l = l0;
  let b = trendCode === 0 ? 0 : b0;
  const ph = trendCode === 2 ? phi : 1;
  let sse = 0;
  let sumLog = 0;
  let j = 0;
  for (let t = 0; t < n; t++) {
    const yt = y[t] as number;
    const phib = ph * b;
    const q = l + phib;
    let s = 0;
    let yhat = q;
    let p = yt;
    if (seasonCode === 1) {
      s = season[j] as number;
      yhat = q + s;
      p = yt - s;
    } else if (seasonCode === 2) {
      s = season[j] as number;
      yhat = q * s;
      p = Math.abs(s) < TOL ? 1e10 : yt / s;
    }
    let e: number;
    if (multError) {
      if (!(yhat > TOL)) return false;
      e = (yt - yhat) / yhat;
      sumLog += Math.log(yhat);
    } else {
      e = yt - yhat;
    }
    sse += e * e;
    if (resid !== undefined) resid[t] = e;
    const lNew = q + alpha * (p - q);
    if (trendCode !== 0) b = phib + (beta / alpha) * (lNew - l - phib);
    if (seasonCode === 1) season[j] = s + gamma * (yt - q - s);
    else if (seasonCode === 2) season[j] = s + gamma * ((Math.abs(q) < TOL ? 1e10 : yt / q) - s);
    l = lNew;
    if (++j === m) j = 0;
  }
  out[0] = sse;
  out[1] = sumLog;
  out[2] = l;
  out[3] = b;
  return Number.isFinite(sse);
}

/**
 * Additive-error, linear models (trend N/A/Ad, season N/A): the one-step errors are linear in
 * the initial level and trend, so for given smoothing parameters the best initial states are a
 * least-squares solution. Runs three channels at once (data with zero initial level/trend, and
 * unit impulses on level and trend) and returns the minimal Σe². Writes the optimal
 * l0, b0 into x0[0], x0[1]. `work` must hold ≥ 3m values.
 */
export function concentratedSse(
  y: Float64Array,
  n: number,
  trendCode: number,
  seasonal: boolean,
  m: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  seasonInit: Float64Array | null,
  work: Float64Array,
  x0: Float64Array,
): number {
  const ph = trendCode === 2 ? phi : 1;
  const hasTrend = trendCode !== 0;
  // Most fits are non-seasonal (weekly data is seasonally adjusted first): loops without the
  // unused channels run the same arithmetic in a fraction of the time.
  if (!seasonal) return hasTrend ? trendSse(y, n, alpha, beta, ph, x0) : levelSse(y, n, alpha, x0);
  const mm = m;
  for (let i = 0; i < mm; i++) {
    work[i] = seasonInit === null ? 0 : (seasonInit[i] as number);
    work[mm + i] = 0;
    work[2 * mm + i] = 0;
  }
  // Channel 0: data; channel L: level impulse; channel B: trend impulse.
  let l0 = 0, b0 = 0, lL = 1, bL = 0, lB = 0, bB = 1;
  let s00 = 0, s0L = 0, s0B = 0, sLL = 0, sLB = 0, sBB = 0;
  let j = 0;
  for (let t = 0; t < n; t++) {
    const q0 = l0 + ph * b0;
    const qL = lL + ph * bL;
    const qB = lB + ph * bB;
    let e0 = (y[t] as number) - q0;
    let eL = -qL;
    let eB = -qB;
    e0 -= work[j] as number;
    eL -= work[mm + j] as number;
    eB -= work[2 * mm + j] as number;
    work[j] = (work[j] as number) + gamma * e0;
    work[mm + j] = (work[mm + j] as number) + gamma * eL;
    work[2 * mm + j] = (work[2 * mm + j] as number) + gamma * eB;
    if (++j === mm) j = 0;
    s00 += e0 * e0;
    s0L += e0 * eL;
    sLL += eL * eL;
    l0 = q0 + alpha * e0;
    lL = qL + alpha * eL;
    if (hasTrend) {
      s0B += e0 * eB;
      sLB += eL * eB;
      sBB += eB * eB;
      lB = qB + alpha * eB;
      b0 = ph * b0 + beta * e0;
      bL = ph * bL + beta * eL;
      bB = ph * bB + beta * eB;
    }
  }
  if (!hasTrend) {
    const xl = sLL > 1e-300 ? -s0L / sLL : 0;
    x0[0] = xl;
    x0[1] = 0;
    return Math.max(0, s00 + xl * s0L);
  }
  return solveInitial(s00, s0L, s0B, sLL, sLB, sBB, x0);
}

/** concentratedSse for ETS(A,N,N): the data channel and the level impulse only. */
function levelSse(y: Float64Array, n: number, alpha: number, x0: Float64Array): number {
  let l0 = 0, lL = 1;
  let s00 = 0, s0L = 0, sLL = 0;
  for (let t = 0; t < n; t++) {
    const e0 = (y[t] as number) - l0;
    const eL = -lL;
    s00 += e0 * e0;
    s0L += e0 * eL;
    sLL += eL * eL;
    l0 += alpha * e0;
    lL += alpha * eL;
  }
  const xl = sLL > 1e-300 ? -s0L / sLL : 0;
  x0[0] = xl;
  x0[1] = 0;
  return Math.max(0, s00 + xl * s0L);
}

/** concentratedSse for ETS(A,A,N) and ETS(A,Ad,N): three channels, no seasonal states. */
function trendSse(y: Float64Array, n: number, alpha: number, beta: number, ph: number, x0: Float64Array): number {
  let l0 = 0, b0 = 0, lL = 1, bL = 0, lB = 0, bB = 1;
  let s00 = 0, s0L = 0, s0B = 0, sLL = 0, sLB = 0, sBB = 0;
  for (let t = 0; t < n; t++) {
    const q0 = l0 + ph * b0;
    const qL = lL + ph * bL;
    const qB = lB + ph * bB;
    const e0 = (y[t] as number) - q0;
    const eL = -qL;
    const eB = -qB;
    s00 += e0 * e0;
    s0L += e0 * eL;
    sLL += eL * eL;
    s0B += e0 * eB;
    sLB += eL * eB;
    sBB += eB * eB;
    l0 = q0 + alpha * e0;
    lL = qL + alpha * eL;
    lB = qB + alpha * eB;
    b0 = ph * b0 + beta * e0;
    bL = ph * bL + beta * eL;
    bB = ph * bB + beta * eB;
  }
  return solveInitial(s00, s0L, s0B, sLL, sLB, sBB, x0);
}

/** Least-squares l0, b0 from the channel sums: [sLL sLB; sLB sBB] x = −[s0L; s0B] (tiny ridge for safety). */
function solveInitial(s00: number, s0L: number, s0B: number, sLL: number, sLB: number, sBB: number, x0: Float64Array): number {
  const ridge = 1e-12 * (sLL + sBB);
  const a11 = sLL + ridge;
  const a22 = sBB + ridge;
  const det = a11 * a22 - sLB * sLB;
  if (!(Math.abs(det) > 1e-300)) {
    const xl = a11 > 1e-300 ? -s0L / a11 : 0;
    x0[0] = xl;
    x0[1] = 0;
    return Math.max(0, s00 + xl * s0L);
  }
  const xl = (-s0L * a22 + s0B * sLB) / det;
  const xb = (-s0B * a11 + s0L * sLB) / det;
  x0[0] = xl;
  x0[1] = xb;
  return Math.max(0, s00 + xl * s0L + xb * s0B);
}
