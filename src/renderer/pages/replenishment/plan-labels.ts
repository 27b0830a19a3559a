import { percentText, roundingWords } from '../../../shared/contract/plan-reason-words';
import type { PlanLineRow, PlanningPolicy } from '../../../shared/contract/schemas/planning';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

/** 0.953 → "95.3%". */
export const percent = percentText;

export function policyLabel(t: Translate, policy: PlanningPolicy): string {
  return policy === 'order_up_to' ? t('plan.policy.orderUpTo') : t('plan.policy.reorderPoint');
}

export function statusLabel(t: Translate, status: 'draft' | 'approved' | 'cut'): string {
  return status === 'approved' ? t('plan.status.approved') : status === 'cut' ? t('plan.status.cut') : t('plan.status.draft');
}

/** A plan is a draft, approved (every line ordered), or archived (replaced by a newer plan). */
export function planStatusLabel(t: Translate, status: string): string {
  return status === 'archived' ? t('plan.status.archived') : status === 'approved' ? t('plan.status.approved') : t('plan.status.draft');
}

/** The line's supplier as the grid and the drafts show it: code, and the name when there is one. */
export function supplierLabel(t: Translate, supplier: string | null, name: string | null): string {
  if (!supplier) return t('plan.noSupplier');
  return name ? `${supplier} · ${name}` : supplier;
}

type RoundingParts = PlanLineRow['roundingParts'];

/** "183 → 200: case pack 50; 200 → 350: MOQ 320 in packs of 50; 350 → 300: container limit (1 per order)", in the user's language. */
export function roundingText(t: Translate, format: Formatters, parts: RoundingParts): string {
  return roundingWords({ t, number: (x) => format.number(x), date: (iso) => format.date(iso) }, parts);
}
