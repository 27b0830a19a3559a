/**
 * Cutting a plan to a cash budget. Each line's value is the margin it protects: unit margin ×
 * (expected units short over the protection period without the order − with it). Lines are
 * funded in order of margin protected per unit of cash; locked lines are always funded first.
 * A line that no longer fits is cut to the largest quantity that fits and still meets its terms
 * (whole packs, at least the MOQ), else delayed to a later plan (0). The fill rate it costs is shown.
 * Unknown prices count a margin equal to the unit cost (a 100% markup), flagged on the line.
 * Cash and margins count the landed unit cost (freight and duty included) where the line has one.
 */

import { expectedShortage, type DemandDistribution } from './demand-distribution';
import { cashUnitCost } from './landed-cost';
import { lineReason } from './reason';
import { largestOrderable } from './rounding';
import type { PlanLine } from './types';

export function applyBudget(lines: PlanLine[], budget: number): { spent: number; cutLines: number; cutValue: number } {
  const ordering = lines.filter((l) => l.quantity > 0 && l.unitCost !== null);
  const scored = ordering.map((line) => ({ line, density: marginPerCash(line, line.quantity) }));
  scored.sort((a, b) => Number(b.line.locked) - Number(a.line.locked) || b.density - a.density || a.line.productId - b.line.productId);
  let remaining = budget;
  let cutLines = 0;
  let cutValue = 0;
  for (const { line, density } of scored) {
    const unit = cashUnitCost(line) as number;
    const cost = line.quantity * unit;
    if (line.locked || cost <= remaining + 1e-9) {
      remaining -= cost;
      continue;
    }
    const to = largestFitting(line, remaining);
    const d = distribution(line);
    line.budget = {
      from: line.quantity,
      to,
      marginPerCash: density,
      fillBefore: fillRate(d, line.position + line.quantity),
      fillAfter: fillRate(d, line.position + to),
    };
    cutLines++;
    cutValue += (line.quantity - to) * unit;
    remaining -= to * unit;
    line.quantity = to;
    if (to === 0) line.status = 'cut';
    line.reason = lineReason(line);
  }
  return { spent: budget - remaining, cutLines, cutValue };
}

export function marginPerCash(line: PlanLine, quantity: number): number {
  const cost = cashUnitCost(line) ?? 0;
  if (!(quantity > 0) || !(cost > 0)) return 0;
  return marginProtected(line, quantity) / (quantity * cost);
}

/** Unit margin × the units short the order saves over the protection period. */
export function marginProtected(line: PlanLine, quantity: number): number {
  const cost = cashUnitCost(line) ?? 0;
  if (!(quantity > 0)) return 0;
  const margin = line.unitPrice !== null ? Math.max(0, line.unitPrice - cost) : cost;
  const d = distribution(line);
  return margin * (expectedShortage(d, line.position) - expectedShortage(d, line.position + quantity));
}

function largestFitting(line: PlanLine, cash: number): number {
  const cost = cashUnitCost(line) as number;
  if (!(cash > 0) || !(cost > 0)) return 0;
  return largestOrderable(line.quantity, cash / cost, line);
}

function distribution(line: PlanLine): DemandDistribution {
  return { mean: line.coverMean, variance: line.coverVariance, shape: line.shape };
}

function fillRate(d: DemandDistribution, available: number): number {
  return d.mean > 0 ? 1 - expectedShortage(d, available) / d.mean : 1;
}
