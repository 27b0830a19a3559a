/**
 * What a plan could not plan for want of its inputs, counted in SKUs: without a stock snapshot the
 * on hand is taken as 0 (the order is a guess), without supplier terms nothing is ordered at all.
 * A plan that lacks them must say so and name the import that supplies them, never read as
 * "nothing to order".
 */

import type { PlanInputsMissing, PlanLine } from './types';

export function missingInputs(lines: readonly PlanLine[]): PlanInputsMissing {
  const noStock = new Set<number>();
  const noTerms = new Set<number>();
  for (const line of lines) {
    if (!line.hasSnapshot) noStock.add(line.productId);
    if (line.supplierId === null) noTerms.add(line.productId);
  }
  let stockAndTerms = 0;
  for (const id of noStock) if (noTerms.has(id)) stockAndTerms++;
  return { stockAndTerms, stockOnly: noStock.size - stockAndTerms, termsOnly: noTerms.size - stockAndTerms };
}

export function anyInputMissing(missing: PlanInputsMissing | undefined): boolean {
  return missing !== undefined && missing.stockAndTerms + missing.stockOnly + missing.termsOnly > 0;
}
