import type { PlanSummary } from '../../core/planning';

const n = (x: number) => x.toLocaleString('en');
const skus = (x: number) => `${n(x)} SKU${x === 1 ? '' : 's'}`;
const has = (x: number) => (x === 1 ? 'has' : 'have');

/**
 * What a plan lacks, in words, with the import that supplies it: a plan without stock or supplier
 * terms must never read as "nothing to order". Empty when nothing is missing.
 */
export function missingInputsText(summary: PlanSummary): string[] {
  const m = summary.missingInputs;
  if (!m) {
    // A plan stored before SKUs were counted: its SKU-location counts.
    const out: string[] = [];
    if (summary.noSnapshot > 0) out.push(`${n(summary.noSnapshot)} SKU-locations have no stock snapshot: on hand taken as 0 — import stock on hand (import --kind stock)`);
    if (summary.noSupplier > 0) out.push(`${n(summary.noSupplier)} SKU-locations have no supplier terms and are not ordered — import supplier terms (import --kind terms)`);
    return out;
  }
  const out: string[] = [];
  if (m.stockAndTerms > 0) {
    out.push(`${skus(m.stockAndTerms)} ${has(m.stockAndTerms)} no stock snapshot and no supplier terms: import stock on hand (import --kind stock) and supplier terms (import --kind terms) to plan them`);
  }
  if (m.termsOnly > 0) out.push(`${skus(m.termsOnly)} ${has(m.termsOnly)} no supplier terms and are not ordered: import supplier terms (import --kind terms) to plan them`);
  if (m.stockOnly > 0) out.push(`${skus(m.stockOnly)} ${has(m.stockOnly)} no stock snapshot: on hand taken as 0 — import stock on hand (import --kind stock) to plan them on what you hold`);
  return out;
}
