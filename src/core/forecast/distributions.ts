/** Quantile functions of the predictive distributions (normal, Poisson, negative binomial). */

/** Standard normal quantile, Wichura's AS241 (≈1e-16 relative accuracy). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p <= 0 ? -Infinity : Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) * r + 13731.69376550946) * r + 1971.5909503065513) * r +
          133.14166789178438) * r + 3.3871328727963665)) /
      (((((((5226.495278852546 * r + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) * r + 5394.196021424751) * r + 687.1870074920579) * r +
        42.31333070160091) * r + 1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r +
        4.630337846156546) * r + 1.4234371107496835) /
      (((((((1.0507500716444169e-9 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r +
        2.053191626637759) * r + 1);
  } else {
    r -= 5;
    val =
      (((((((2.0103343992922881e-7 * r + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r +
        5.463784911164114) * r + 6.657904643501103) /
      (((((((2.0442631033899397e-15 * r + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) * r + 0.014875361290850615) * r + 0.1369298809227358) * r +
        0.599832206555888) * r + 1);
  }
  return q < 0 ? -val : val;
}

/** Beyond this mean the count distributions are replaced by their normal approximation. */
const COUNT_NORMAL_THRESHOLD = 400;

/**
 * Quantiles of a count distribution with the given mean and variance: negative binomial when
 * over-dispersed (variance > mean), else Poisson. `levels` must be ascending; writes integers
 * into out[i]. Uses a rounded normal approximation for large means.
 */
export function countQuantiles(mean: number, variance: number, levels: ArrayLike<number>, out: Float64Array): void {
  const k = levels.length;
  if (!(mean > 0)) {
    for (let i = 0; i < k; i++) out[i] = 0;
    return;
  }
  if (mean > COUNT_NORMAL_THRESHOLD) {
    const sd = Math.sqrt(Math.max(variance, mean));
    for (let i = 0; i < k; i++) out[i] = Math.max(0, Math.round(mean + sd * normalQuantile(levels[i] as number)));
    return;
  }
  const overdispersed = variance > mean * 1.0001;
  // NB(r, p): P(0) = p^r, P(x+1) = P(x)·(x + r)/(x + 1)·(1 − p).
  const r = overdispersed ? (mean * mean) / (variance - mean) : 0;
  const p = overdispersed ? r / (r + mean) : 0;
  let pmf = overdispersed ? Math.exp(r * Math.log(p)) : Math.exp(-mean);
  let cdf = pmf;
  let x = 0;
  const limit = mean + 50 * Math.sqrt(Math.max(variance, mean)) + 50;
  for (let i = 0; i < k; i++) {
    const target = (levels[i] as number) - 1e-12;
    while (cdf < target && x < limit) {
      pmf *= overdispersed ? ((x + r) / (x + 1)) * (1 - p) : mean / (x + 1);
      x++;
      cdf += pmf;
    }
    out[i] = x;
  }
}
