import { BAND_LABELS } from '../../core/forecasting/combination-weights';
import type { GlobalDecision, PipelineResult } from '../../core/forecasting/global-pipeline';

const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

/** A few short lines: whether the global model was used and why, then per class the learnt weights and validation bias. */
export function globalNote(decision: GlobalDecision, pipeline: PipelineResult | null): string[] {
  const lines = [`Global model: ${decision.reason}`];
  if (!pipeline) return lines;
  const { metrics, learnt, combined } = pipeline;
  if (metrics) lines.push(`  trained ${metrics.seconds.toFixed(1)} s, ${metrics.epochs} epochs${metrics.stoppedByTime ? ' (time budget reached)' : ''}; combined into ${combined} series`);
  const windows = learnt.seasonalSeries !== undefined ? `the window before the origin (${learnt.validationSeries} series) and the same buckets a year before the horizon (${learnt.seasonalSeries} series)` : `the window before the origin (${learnt.validationSeries} series)`;
  lines.push(`  validated on ${windows}`);
  const profile = learnt.profileWeights;
  if (profile) {
    const byClass = Object.entries(profile.classes).map(([cls, w]) => `${cls} ${w.bands.map((x) => x.toFixed(1)).join(' / ')}`);
    lines.push(`  weights of last year's pooled shape against the engine by step ${BAND_LABELS.join(' / ')}: ${byClass.join('; ')}`);
  }
  if (learnt.weekdayShape) lines.push(`  the shop's weekday shape given to flat daily forecasts at weight ${learnt.weekdayShape.toFixed(2)} (chosen on the validation window)`);
  if (learnt.growthShare) lines.push(`  ${Math.round(learnt.growthShare * 100)}% of the shop's growth over the last buckets carried into the horizon (chosen on the validation window)`);
  lines.push(`  weights of the global model by step ${BAND_LABELS.join(' / ')}, bias on the validation window (engine → combined):`);
  for (const bias of learnt.bias) {
    const weights = learnt.weights.classes[bias.demandClass]?.bands ?? [];
    const bands = learnt.calibration.bandFactors?.[bias.demandClass] ?? [learnt.calibration.factors[bias.demandClass] ?? 1];
    const shown = weights.length > 0 ? weights.map((w) => w.toFixed(1)).join(' / ') : 'engine alone';
    lines.push(`  ${bias.demandClass} (${bias.series}): ${shown}; bias ${pct(bias.engine)} → ${pct(bias.combined)}; intervals ×${bands.map((f) => f.toFixed(2)).join(' / ')}`);
  }
  return lines;
}
