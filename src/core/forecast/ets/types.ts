/** Exponential smoothing state space model taxonomy (Hyndman et al. 2008), as in R's forecast::ets. */

export type ErrorType = 'A' | 'M';
export type TrendType = 'N' | 'A' | 'Ad';
export type SeasonType = 'N' | 'A' | 'M';

export interface EtsSpec {
  error: ErrorType;
  trend: TrendType;
  season: SeasonType;
}

/** A fitted model: parameters, final states and fit statistics. */
export interface EtsFit {
  spec: EtsSpec;
  /** Season length used by the seasonal component (1 when non-seasonal). */
  m: number;
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
  /** States after the last observation. */
  level: number;
  trend: number;
  /** Seasonal states: season[(t) % m] is the component for time t, valid for t ≥ n. */
  season: Float64Array;
  /** Number of observations fitted. */
  n: number;
  /** Innovation variance (relative for multiplicative error). */
  sigma2: number;
  /** Parameters counted for the information criterion (incl. initial states and sigma). */
  k: number;
  /** -2 log-likelihood (up to a constant shared by all models on the same data). */
  minus2LogLik: number;
  aicc: number;
}

export const TREND_CODE = { N: 0, A: 1, Ad: 2 } as const;
export const SEASON_CODE = { N: 0, A: 1, M: 2 } as const;

export function etsName(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/** Smoothing parameter bounds used by R's ets ("usual" region). */
export const BOUNDS = {
  lower: 1e-4,
  upper: 0.9999,
  phiLower: 0.8,
  phiUpper: 0.98,
} as const;
