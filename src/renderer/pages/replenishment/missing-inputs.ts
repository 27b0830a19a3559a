import type { PlanListItem } from '../../../shared/contract/schemas/planning';
import type { MissingImportKind } from '../../components/ImportLinkButton';
import type { MessageKey } from '../../i18n/translate';

export interface MissingInputLine {
  key: 'stockAndTerms' | 'termsOnly' | 'stockOnly';
  message: MessageKey;
  count: number;
}

/**
 * What a plan lacks, most blocking first (no terms means no order at all), and the imports that
 * supply it. Plans stored before SKUs were counted fall back to their SKU-location counts.
 */
export function missingInputLines(summary: PlanListItem['summary']): { lines: MissingInputLine[]; imports: MissingImportKind[] } {
  const m = summary.missingInputs ?? { stockAndTerms: 0, stockOnly: summary.noSnapshot, termsOnly: summary.noSupplier };
  const lines: MissingInputLine[] = [];
  if (m.stockAndTerms > 0) lines.push({ key: 'stockAndTerms', message: 'plan.missing.stockAndTerms', count: m.stockAndTerms });
  if (m.termsOnly > 0) lines.push({ key: 'termsOnly', message: 'plan.missing.termsOnly', count: m.termsOnly });
  if (m.stockOnly > 0) lines.push({ key: 'stockOnly', message: 'plan.missing.stockOnly', count: m.stockOnly });
  const imports: MissingImportKind[] = [];
  if (m.stockAndTerms + m.stockOnly > 0) imports.push('stock');
  if (m.stockAndTerms + m.termsOnly > 0) imports.push('terms');
  return { lines, imports };
}
