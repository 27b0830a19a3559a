import type { PlanFlag, PlanReason } from '../../../shared/contract/schemas/plan-reason';
import { oneDecimal, type Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { percent, policyLabel, roundingText } from './plan-labels';


/** A plan line's reason in the user's language; the export keeps the English sentence. */
export function planReasonLabel(t: Translate, format: Formatters, r: PlanReason): string {
  const n = (x: number) => format.number(Math.round(x));
  const d = (x: number) => oneDecimal(format, x);
  const head = t('plan.reason.head', { policy: policyLabel(t, r.policy), cls: r.cls, service: percent(r.serviceLevel) });
  if (r.noSupplier) return t('plan.reason.noSupplier', { head });
  const parts: string[] = [
    t(r.policy === 'order_up_to' ? 'plan.reason.demandReview' : 'plan.reason.demand', {
      head,
      days: n(r.coverDays),
      lead: d(r.leadMeanDays),
      leadSd: d(r.leadSdDays),
      source: t(`plan.reason.source.${r.leadSource}`),
      review: n(r.reviewDays),
      mean: d(r.mean),
      sd: d(r.sd),
      level: d(r.level),
      safety: d(r.safety),
      shape: t(`plan.reason.shape.${r.shape}`),
    }),
  ];
  const onHand = t(r.hasSnapshot ? 'plan.reason.onHand' : 'plan.reason.onHandNoSnapshot', { qty: n(r.onHand) });
  const position = { position: n(r.position), onHand, onOrder: n(r.onOrder), need: d(r.need) };
  parts.push(
    r.reorderAt !== null && r.upTo !== null
      ? t('plan.reason.positionReorder', { ...position, at: d(r.reorderAt), upTo: d(r.upTo) })
      : t('plan.reason.position', position),
  );
  const rounding = roundingText(t, format, r.rounding);
  if (rounding) parts.push(rounding);
  if (r.container) {
    const c = r.container;
    parts.push(
      t(c.to === 0 ? 'plan.reason.containerDelayed' : 'plan.reason.container', {
        max: c.maxContainers, from: n(c.from), to: n(c.to), margin: format.number(c.marginPerSpace), unit: c.basis === 'volume' ? 'm³' : 'kg',
      }),
    );
  }
  if (r.budget) {
    const b = r.budget;
    parts.push(
      t(b.to === 0 ? 'plan.reason.budgetDelayed' : 'plan.reason.budget', {
        from: n(b.from), to: n(b.to), margin: format.number(b.marginPerCash), before: percent(b.fillBefore), after: percent(b.fillAfter),
      }),
    );
  }
  if (r.edited) parts.push(t('plan.reason.edited', { from: n(r.edited.from), to: n(r.edited.to) }));
  for (const flag of r.flags) parts.push(flagLabel(t, format, flag));
  return parts.join(t('plan.reason.separator'));
}

/** One flag in the user's language; flags of plans stored before they were data keep their sentence. */
export function flagLabel(t: Translate, format: Formatters, flag: PlanFlag): string {
  switch (flag.kind) {
    case 'capped':
      return t('plan.flag.capped', { max: format.number(flag.max), waiting: format.number(Math.round(flag.waiting)) });
    case 'termsConflict':
      return t('plan.flag.termsConflict');
    case 'rolledForward':
      return t('plan.flag.rolledForward', { date: format.date(flag.snapshotDate), sold: format.number(Math.round(flag.sold)), received: format.number(Math.round(flag.received)) });
    case 'overdue':
      return t(flag.lines === 1 ? 'plan.flag.overdue.one' : 'plan.flag.overdue.many', { count: flag.lines });
    case 'lockedFrom':
      return t('plan.flag.lockedFrom', { planId: flag.planId });
    case 'noContainerData':
      return t('plan.flag.noContainerData');
    case 'text':
      return flag.text;
  }
}
