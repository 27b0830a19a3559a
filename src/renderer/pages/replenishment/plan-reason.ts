import { planFlagWording, planReasonWording, type PlanReasonWording } from '../../../shared/contract/plan-reason-words';
import type { PlanFlag, PlanReason } from '../../../shared/contract/schemas/plan-reason';
import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';

/** The shared wording (the export words its `reason` column with the same table), with the page's formats. */
export function reasonWording(t: Translate, format: Formatters): PlanReasonWording {
  return { t, number: (x) => format.number(x), date: (iso) => format.date(iso) };
}

/** A plan line's reason in the user's language. */
export function planReasonLabel(t: Translate, format: Formatters, r: PlanReason): string {
  return planReasonWording(reasonWording(t, format), r);
}

/** One flag in the user's language; flags of plans stored before they were data keep their sentence. */
export function flagLabel(t: Translate, format: Formatters, flag: PlanFlag): string {
  return planFlagWording(reasonWording(t, format), flag);
}
