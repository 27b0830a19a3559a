import type { Plan, SupplierDraft } from '../../core/planning';
import { missingInputsText } from './missing-inputs-text';
import { counted, listLine, wrapLine } from '../short-lines';

export interface PlanReportInput {
  planId: number;
  plan: Pick<Plan, 'planDate' | 'runId' | 'summary'>;
  output: string;
  seconds: number;
  /** Lines written to the output file. */
  lines: number;
  drafts: readonly Pick<SupplierDraft, 'supplier' | 'location' | 'minOrderValueMet'>[];
}

/** What `plan` prints: short lines whatever the number of SKUs and suppliers (lists are summarised). */
export function planReport({ planId, plan, output, seconds, lines, drafts }: PlanReportInput): string[] {
  const s = plan.summary;
  const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });
  const out = [
    `Plan ${planId} (${plan.planDate}, forecast run ${plan.runId}): ${n(s.skuLocations)} SKU-locations, ${n(lines)} lines to order`,
    `  ${n(s.units)} units, value ${n(s.value)}, in ${seconds.toFixed(2)} s`,
    ...wrapLine(`Written to ${output}`),
  ];
  if (s.budget !== null) out.push(`Budget ${n(s.budget)}: ${s.cutLines} lines cut or delayed, ${n(s.cutValue)} not spent`);
  const missing = missingInputsText(s);
  for (const line of missing) out.push(...wrapLine(`Missing input: ${line}`));
  if (missing.length > 0 && s.linesToOrder === 0) out.push(...wrapLine('Nothing can be ordered until these inputs are imported: this plan does not mean the stock is enough.'));
  const unmet = drafts.filter((d) => d.minOrderValueMet === false);
  if (unmet.length > 0) {
    const suppliers = [...new Set(unmet.map((d) => d.supplier))];
    out.push(listLine(`Minimum order value not met (${counted(unmet.length, 'draft')}), ${counted(suppliers.length, 'supplier')}: `, suppliers));
  }
  return out;
}
