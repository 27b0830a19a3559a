import type { SupplierMetrics } from './metric-accumulator';
import type { ScorecardSettings, ScoreWeights } from './settings';

/**
 * Score = 100 × Σ weight × component / Σ weight, every component a rate 0–1:
 * OTIF, fill rate, lead-time reliability and quality (1 − rejection rate).
 *
 * Each component is shrunk toward its prior like a beta-binomial posterior mean:
 *   shrunk = (n × rate + k × prior) / (n + k),
 * n = the supplier's evidence (judged lines; deliveries for quality), k = the prior strength. The
 * prior is the supplier's category rate, itself shrunk the same way toward the all-supplier rate.
 * So two on-time deliveries in a category at 80% give (2 × 1 + 10 × 0.8) / 12 = 83%, not 100%.
 */
export const SCORE_COMPONENTS = ['otif', 'fillRate', 'leadTime', 'quality'] as const satisfies readonly (keyof ScoreWeights)[];
export type ScoreComponentKey = (typeof SCORE_COMPONENTS)[number];

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
/** Lowest score of each grade; anything below the last is E. */
export const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [['A', 90], ['B', 80], ['C', 70], ['D', 60]];

export interface Evidence {
  rate: number | null;
  n: number;
}
export type ComponentEvidence = Record<ScoreComponentKey, Evidence>;

export interface ScoreComponent {
  key: ScoreComponentKey;
  weight: number;
  rate: number | null;
  evidence: number;
  prior: number | null;
  shrunk: number | null;
  /** Points this component adds to the score. */
  points: number;
}

export interface SupplierScore {
  score: number | null;
  /** The same weights without shrinkage: what the supplier's own record alone would give. */
  rawScore: number | null;
  grade: Grade | null;
  /** Judged lines behind the score; fewer than the prior strength means "little data". */
  evidence: number;
  lowData: boolean;
  components: ScoreComponent[];
}

export function evidenceOf(m: SupplierMetrics): ComponentEvidence {
  return {
    otif: { rate: m.otif, n: m.poLines },
    fillRate: { rate: m.fillRate, n: m.poLines },
    leadTime: { rate: m.leadTimeReliability, n: m.poLines },
    quality: { rate: m.rejectionRate === null ? null : 1 - m.rejectionRate, n: m.deliveries },
  };
}

/** Pooled rates of a group of suppliers (a category, or everyone): sums of counts, not mean of rates. */
export function pooledEvidence(group: readonly SupplierMetrics[]): ComponentEvidence {
  let judged = 0, delivered = 0, otif = 0, within = 0, ordered = 0, accepted = 0, received = 0, rejected = 0;
  for (const m of group) {
    judged += m.poLines;
    delivered += m.deliveries;
    otif += m.counts.otif;
    within += m.counts.withinLeadWindow;
    ordered += m.counts.orderedUnits;
    accepted += m.counts.acceptedUnits;
    received += m.counts.receivedUnits;
    rejected += m.counts.rejectedUnits;
  }
  const rate = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    otif: { rate: rate(otif, judged), n: judged },
    fillRate: { rate: rate(accepted, ordered), n: judged },
    leadTime: { rate: rate(within, judged), n: judged },
    quality: { rate: received > 0 ? 1 - rejected / received : null, n: delivered },
  };
}

/** Beta-binomial posterior mean; with no prior the rate stands alone. */
export function shrink(rate: number | null, n: number, prior: number | null, strength: number): number | null {
  if (prior === null) return rate;
  if (rate === null || n <= 0) return prior;
  return (n * rate + strength * prior) / (n + strength);
}

/** A category's prior: its pooled rate shrunk toward everyone's, so a thin category borrows too. */
export function categoryPrior(category: ComponentEvidence, overall: ComponentEvidence, strength: number): Record<ScoreComponentKey, number | null> {
  const out = {} as Record<ScoreComponentKey, number | null>;
  for (const key of SCORE_COMPONENTS) out[key] = shrink(category[key].rate, category[key].n, overall[key].rate, strength);
  return out;
}

export function scoreSupplier(
  evidence: ComponentEvidence,
  prior: Record<ScoreComponentKey, number | null>,
  settings: ScorecardSettings,
): SupplierScore {
  const total = SCORE_COMPONENTS.reduce((sum, key) => sum + settings.weights[key], 0);
  const judged = evidence.otif.n;
  const components: ScoreComponent[] = SCORE_COMPONENTS.map((key) => {
    const { rate, n } = evidence[key];
    const shrunk = shrink(rate, n, prior[key], settings.priorStrength);
    const weight = settings.weights[key];
    return { key, weight, rate, evidence: n, prior: prior[key], shrunk, points: shrunk === null ? 0 : (100 * weight * shrunk) / total };
  });
  // No judged line, nothing to score: the prior alone would be a guess dressed as a score.
  const scorable = judged > 0 && components.every((c) => c.shrunk !== null || c.weight === 0);
  const score = scorable ? round1(components.reduce((sum, c) => sum + c.points, 0)) : null;
  return {
    score,
    rawScore: scorable ? round1(rawScore(components, total)) : null,
    grade: score === null ? null : gradeOf(score),
    evidence: judged,
    lowData: judged < settings.priorStrength,
    components,
  };
}

export function gradeOf(score: number): Grade {
  for (const [grade, floor] of GRADE_FLOORS) if (score >= floor) return grade;
  return 'E';
}

/** Unshrunk score; a component without its own data (no deliveries yet) uses its prior. */
function rawScore(components: readonly ScoreComponent[], total: number): number {
  return components.reduce((sum, c) => sum + (100 * c.weight * (c.rate ?? c.shrunk ?? 0)) / total, 0);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
