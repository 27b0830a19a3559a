/**
 * Learnt weights of the global model against the statistical engine, chosen on a held-out window:
 * per demand class × horizon band, the weight w ∈ {0, 0.1, …, 1} of the global model that
 * minimises the sales-weighted scaled error (M5's scale), each series' squared errors summed as
 * `SeriesCost` says. A cell with few series is pulled toward its class's weight, a class with few
 * series toward the overall one.
 */

/** Horizon bands by step (1-based): 1–4, 5–13, 14 and beyond. */
const BAND_ENDS = [4, 13, Infinity] as const;
export const BAND_LABELS = ['1–4', '5–13', '14+'] as const;
export const WEIGHT_GRID = Array.from({ length: 11 }, (_, i) => i / 10);
/** How many series' worth of evidence the broader level counts for when a cell is shrunk toward it. */
const PRIOR_SERIES = 20;

/**
 * What a series adds to a cell's cost at a weight: `squared`, its mean squared scaled error
 * (MSSE); `root`, the square root of that (RMSSE, M5's own term per series). Under `squared`, a
 * few series with errors many times their scale (a bulk order on lumpy daily sales) decide the
 * cell almost alone; `root` weighs each series by its sales only, as WRMSSE does.
 */
export type SeriesCost = 'squared' | 'root';

export function bandOfStep(step: number): number {
  return BAND_ENDS.findIndex((end) => step + 1 <= end);
}

/** One series on the validation window: what happened and what each forecaster said from the origin. */
export interface ValidationSeries {
  demandClass: string;
  actual: ArrayLike<number>;
  engine: ArrayLike<number>;
  global: ArrayLike<number>;
  /** M5's scale of the history before the origin (mean squared one-step change); 0 = cannot score. */
  scale: number;
  /** Share of recent sales: big sellers count more, as in WRMSSE. */
  weight: number;
}

export interface ClassWeights {
  /** Weight of the global model per horizon band. */
  bands: number[];
  series: number;
}

export interface LearntWeights {
  classes: Record<string, ClassWeights>;
  overall: number[];
}

/** Cost curves over the weight grid, per band, with the evidence behind them. */
interface Curves {
  cost: number[][];
  mass: number[];
  series: number[];
}

const emptyCurves = (): Curves => ({
  cost: BAND_ENDS.map(() => WEIGHT_GRID.map(() => 0)),
  mass: BAND_ENDS.map(() => 0),
  series: BAND_ENDS.map(() => 0),
});

export function learnWeights(validation: readonly ValidationSeries[], cost: SeriesCost = 'squared'): LearntWeights {
  const all = emptyCurves();
  const byClass = new Map<string, Curves>();
  for (const s of validation) {
    if (!(s.scale > 0) || !(s.weight > 0)) continue;
    const curves = byClass.get(s.demandClass) ?? emptyCurves();
    byClass.set(s.demandClass, curves);
    addSeries(curves, s, cost);
    addSeries(all, s, cost);
  }
  const overall = BAND_ENDS.map((_, b) => argmin(meanCurve(all, b)));
  const allCurve = pooledCurve(all);
  const classes: Record<string, ClassWeights> = {};
  for (const [cls, curves] of byClass) {
    const classCurve = shrink(pooledCurve(curves), maxSeries(curves), allCurve);
    const bands = BAND_ENDS.map((_, b) => (curves.series[b]! > 0 ? argmin(shrink(meanCurve(curves, b), curves.series[b]!, classCurve)) : argmin(classCurve)));
    classes[cls] = { bands, series: maxSeries(curves) };
  }
  return { classes, overall };
}

/** The same weight everywhere, for the classes seen on the validation window (benchmarks: global alone, plain average). */
export function fixedWeights(validation: readonly ValidationSeries[], weight: number): LearntWeights {
  const classes: Record<string, ClassWeights> = {};
  for (const s of validation) {
    const cls = (classes[s.demandClass] ??= { bands: BAND_ENDS.map(() => weight), series: 0 });
    cls.series++;
  }
  return { classes, overall: BAND_ENDS.map(() => weight) };
}

/** The global model's weight for a series of this class at this step (0-based); unseen classes keep the engine. */
export function weightAt(weights: LearntWeights, demandClass: string, step: number): number {
  const cls = weights.classes[demandClass];
  return cls ? (cls.bands[bandOfStep(step)] ?? 0) : 0;
}

function addSeries(curves: Curves, s: ValidationSeries, cost: SeriesCost = 'squared'): void {
  const seen = BAND_ENDS.map(() => false);
  const sums = BAND_ENDS.map(() => WEIGHT_GRID.map(() => 0));
  const counts = BAND_ENDS.map(() => 0);
  for (let t = 0; t < s.actual.length; t++) {
    const a = s.actual[t] as number;
    const e = s.engine[t] as number;
    const g = s.global[t] as number;
    if (!Number.isFinite(a) || !Number.isFinite(e) || !Number.isFinite(g)) continue;
    const b = bandOfStep(t);
    seen[b] = true;
    counts[b]!++;
    WEIGHT_GRID.forEach((w, k) => {
      const err = a - (w * g + (1 - w) * e);
      sums[b]![k]! += (err * err) / s.scale;
    });
  }
  BAND_ENDS.forEach((_, b) => {
    if (!seen[b]) return;
    // The squared cost keeps its former arithmetic to the last bit (weekly and monthly weights unchanged).
    WEIGHT_GRID.forEach((_, k) => (curves.cost[b]![k]! += cost === 'root' ? s.weight * Math.sqrt(sums[b]![k]! / counts[b]!) : (s.weight * sums[b]![k]!) / counts[b]!));
    curves.mass[b]! += s.weight;
    curves.series[b]!++;
  });
}

function meanCurve(curves: Curves, band: number): number[] {
  const mass = curves.mass[band]!;
  return curves.cost[band]!.map((c) => (mass > 0 ? c / mass : 0));
}

/** All bands together: each band's mean curve, averaged over the bands that have evidence. */
function pooledCurve(curves: Curves): number[] {
  const used = BAND_ENDS.map((_, b) => b).filter((b) => curves.mass[b]! > 0);
  return WEIGHT_GRID.map((_, k) => used.reduce((sum, b) => sum + meanCurve(curves, b)[k]!, 0) / Math.max(1, used.length));
}

function maxSeries(curves: Curves): number {
  return Math.max(...curves.series);
}

/** The cell's curve pulled toward the broader one by PRIOR_SERIES series' worth of weight (both rescaled to compare shapes). */
function shrink(curve: number[], series: number, prior: number[]): number[] {
  const c = normalise(curve);
  const p = normalise(prior);
  return c.map((v, k) => (series * v + PRIOR_SERIES * p[k]!) / (series + PRIOR_SERIES));
}

function normalise(curve: number[]): number[] {
  const low = Math.min(...curve);
  return curve.map((v) => (low > 0 ? v / low : v));
}

function argmin(curve: number[]): number {
  let best = 0;
  curve.forEach((v, k) => {
    if (v < curve[best]!) best = k;
  });
  return WEIGHT_GRID[best]!;
}

/** Fewest scored series a class × band needs on the guarding window to judge it alone (else its class's, then all bands). */
const MIN_GUARD_SERIES = 10;

/**
 * The guard of the season-aligned window (the same weeks a year before the horizon): per class ×
 * band, where the learnt weight does not beat the engine alone on that window, the engine's weight
 * (0) wins. A cell with too few series there is judged by its class's bands together.
 */
export function guardWithEngine(weights: LearntWeights, guarding: readonly ValidationSeries[]): LearntWeights {
  const byClass = new Map<string, Curves>();
  for (const s of guarding) {
    if (!(s.scale > 0) || !(s.weight > 0)) continue;
    const curves = byClass.get(s.demandClass) ?? emptyCurves();
    byClass.set(s.demandClass, curves);
    addSeries(curves, s);
  }
  const at = (curve: number[], w: number) => curve[Math.round(w * 10)]!;
  const classes: Record<string, ClassWeights> = {};
  for (const [cls, learnt] of Object.entries(weights.classes)) {
    const curves = byClass.get(cls);
    const bands = learnt.bands.map((w, b) => {
      if (w === 0 || !curves) return w;
      const curve = curves.series[b]! >= MIN_GUARD_SERIES ? meanCurve(curves, b) : maxSeries(curves) >= MIN_GUARD_SERIES ? pooledCurve(curves) : null;
      return curve === null || at(curve, w) < at(curve, 0) ? w : 0;
    });
    classes[cls] = { ...learnt, bands };
  }
  return { classes, overall: weights.overall };
}

