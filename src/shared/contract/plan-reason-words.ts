import type { Locale } from './schemas/app';
import type { PlanFlag, PlanReason, roundingPartSchema } from './schemas/plan-reason';
import type { z } from 'zod';

/**
 * The words of a plan line's reason in each language: one table and one wording for the
 * Replenishment page (renderer, through its translator) and the plan export's `reason` column
 * (core, `--locale` / the channel's `locale`), so a line is explained the same way everywhere.
 */

const en = {
  'plan.policy.orderUpTo': 'Order-up-to',
  'plan.policy.reorderPoint': 'Reorder point',
  'plan.rounding.casePack': '{from} → {to}: case pack {term}',
  'plan.rounding.moq': '{from} → {to}: MOQ {term}',
  'plan.rounding.max': '{from} → {to}: max {term}',
  'plan.rounding.inPacks': ' in packs of {pack}',
  'plan.rounding.separator': '; ',
  'plan.rounding.container': '{from} → {to}: container limit ({term} per order)',
  'plan.reason.head': '{policy}, {cls}, {service}',
  'plan.reason.noSupplier': '{head}: no supplier terms, not ordered',
  'plan.reason.demand': '{head}: demand {days} d (lead {lead} ± {leadSd} d {source}) {mean} ± {sd} → level {level} (safety {safety}, {shape})',
  'plan.reason.demandReview': '{head}: demand {days} d (lead {lead} ± {leadSd} d {source} + review {review} d) {mean} ± {sd} → level {level} (safety {safety}, {shape})',
  'plan.reason.source.measured': 'measured',
  'plan.reason.source.promised': 'promised',
  'plan.reason.shape.normal': 'normal',
  'plan.reason.shape.count': 'count distribution',
  'plan.reason.onHand': 'on hand {qty}',
  'plan.reason.onHandNoSnapshot': 'on hand {qty} (no stock snapshot: taken as 0)',
  'plan.reason.position': 'position {position} = {onHand} + on order {onOrder} → need {need}',
  'plan.reason.positionReorder': 'position {position} = {onHand} + on order {onOrder}, reorder at {at} up to {upTo} → need {need}',
  'plan.reason.container': 'container limit {max} per order: cut {from} → {to}, margin {margin} per {unit}',
  'plan.reason.containerDelayed': 'container limit {max} per order: waits for the next order ({from} cut), margin {margin} per {unit}',
  'plan.reason.budget': 'budget: cut {from} → {to}, margin {margin} per 1 spent; expected fill {before} → {after}',
  'plan.reason.budgetDelayed': 'budget: delayed ({from} cut), margin {margin} per 1 spent; expected fill {before} → {after}',
  'plan.reason.edited': 'edited by planner: {from} → {to}',
  'plan.reason.separator': '; ',
  'plan.flag.capped': 'capped by max order {max}: {waiting} units must wait for another order',
  'plan.flag.termsConflict': 'supplier terms conflict: MOQ above the maximum order',
  'plan.flag.rolledForward': 'on hand rolled forward from the stock snapshot of {date}: {sold} sold, {received} received since',
  'plan.flag.overdue.one': '1 open PO line overdue, expected now',
  'plan.flag.overdue.many': '{count} open PO lines overdue, expected now',
  'plan.flag.lockedFrom': 'locked in plan {planId}: quantity kept',
  'plan.flag.noContainerData': 'container limit skipped: no unit volume or weight',
} as const;

export type PlanReasonWordKey = keyof typeof en;

const zhCN: Record<PlanReasonWordKey, string> = {
  'plan.policy.orderUpTo': '定期补至目标',
  'plan.policy.reorderPoint': '再订货点',
  'plan.rounding.casePack': '{from} → {to}：箱规 {term}',
  'plan.rounding.moq': '{from} → {to}：最小起订量 {term}',
  'plan.rounding.max': '{from} → {to}：上限 {term}',
  'plan.rounding.inPacks': '（按箱规 {pack} 取整）',
  'plan.rounding.separator': '；',
  'plan.rounding.container': '{from} → {to}：每单最多 {term} 柜',
  'plan.reason.head': '{policy}，{cls}，{service}',
  'plan.reason.noSupplier': '{head}：没有供应商条款，不订货',
  'plan.reason.demand': '{head}：需覆盖 {days} 天需求（交期 {lead} ± {leadSd} 天，{source}）{mean} ± {sd} → 目标水平 {level}（安全库存 {safety}，{shape}）',
  'plan.reason.demandReview': '{head}：需覆盖 {days} 天需求（交期 {lead} ± {leadSd} 天，{source}；盘点周期 {review} 天）{mean} ± {sd} → 目标水平 {level}（安全库存 {safety}，{shape}）',
  'plan.reason.source.measured': '实测',
  'plan.reason.source.promised': '承诺交期',
  'plan.reason.shape.normal': '正态分布',
  'plan.reason.shape.count': '计数分布',
  'plan.reason.onHand': '现有库存 {qty}',
  'plan.reason.onHandNoSnapshot': '现有库存 {qty}（无库存快照，按 0 计）',
  'plan.reason.position': '库存位置 {position} = {onHand} + 在途库存 {onOrder} → 需补 {need}',
  'plan.reason.positionReorder': '库存位置 {position} = {onHand} + 在途库存 {onOrder}，再订货点 {at}，补至 {upTo} → 需补 {need}',
  'plan.reason.container': '装柜上限每单 {max} 柜：{from} → {to}，每 {unit} 保护毛利 {margin}',
  'plan.reason.containerDelayed': '装柜上限每单 {max} 柜：{from} 件留待下一单，每 {unit} 保护毛利 {margin}',
  'plan.reason.budget': '采购预算：{from} → {to}，每花 1 元保护毛利 {margin}；预计满足率 {before} → {after}',
  'plan.reason.budgetDelayed': '采购预算：推迟（削减 {from}），每花 1 元保护毛利 {margin}；预计满足率 {before} → {after}',
  'plan.reason.edited': '计划员已修改：{from} → {to}',
  'plan.reason.separator': '；',
  'plan.flag.capped': '受最大订货量 {max} 限制：{waiting} 件需等下一张采购单',
  'plan.flag.termsConflict': '供应商条款冲突：最小起订量高于最大订货量',
  'plan.flag.rolledForward': '现有库存由 {date} 的库存快照推算：此后售出 {sold}，收货 {received}',
  'plan.flag.overdue.one': '1 行采购单已逾期，按即将到货计',
  'plan.flag.overdue.many': '{count} 行采购单已逾期，按即将到货计',
  'plan.flag.lockedFrom': '已在计划 {planId} 中锁定：沿用原订货量',
  'plan.flag.noContainerData': '缺少单件体积或重量：未检查柜数上限',
};

export const planReasonWords: Readonly<Record<Locale, Readonly<Record<PlanReasonWordKey, string>>>> & { en: typeof en } = { en, 'zh-CN': zhCN };

/** What the wording needs from its caller: the words with their figures filled in, and how figures are written. */
export interface PlanReasonWording {
  t: (key: PlanReasonWordKey, params?: Record<string, string | number>) => string;
  number: (value: number) => string;
  date: (iso: string) => string;
}

/** A plain translator over the table, figures written as given (the renderer passes its own). */
export function planReasonTranslator(locale: Locale): PlanReasonWording['t'] {
  const words = planReasonWords[locale];
  return (key, params) =>
    params ? words[key].replace(/\{(\w+)\}/g, (match, name: string) => (params[name] === undefined ? match : String(params[name]))) : words[key];
}

/** 0.953 → "95.3%". */
export function percentText(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(digits).replace(/\.0+$/, '')}%`;
}

export function policyWords(w: PlanReasonWording, policy: PlanReason['policy']): string {
  return policy === 'order_up_to' ? w.t('plan.policy.orderUpTo') : w.t('plan.policy.reorderPoint');
}

type RoundingPart = z.infer<typeof roundingPartSchema>;

/** "183 → 200: case pack 50; 200 → 350: MOQ 320 in packs of 50; 350 → 300: container limit (1 per order)". */
export function roundingWords(w: PlanReasonWording, parts: readonly RoundingPart[]): string {
  return parts
    .map((part) => {
      const params = { from: w.number(part.from), to: w.number(part.to), term: w.number(part.term), pack: part.pack === null ? '' : w.number(part.pack) };
      if (part.step === 'case_pack') return w.t('plan.rounding.casePack', params);
      const text = part.step === 'moq' ? w.t('plan.rounding.moq', params) : part.step === 'max' ? w.t('plan.rounding.max', params) : w.t('plan.rounding.container', params);
      return part.pack === null ? text : `${text}${w.t('plan.rounding.inPacks', params)}`;
    })
    .join(w.t('plan.rounding.separator'));
}

/** A plan line's reason worded from its facts. */
export function planReasonWording(w: PlanReasonWording, r: PlanReason): string {
  const n = (x: number) => w.number(Math.round(x));
  const d = (x: number) => w.number(Math.round(x * 10) / 10);
  const head = w.t('plan.reason.head', { policy: policyWords(w, r.policy), cls: r.cls, service: percentText(r.serviceLevel) });
  if (r.noSupplier) return w.t('plan.reason.noSupplier', { head });
  const parts: string[] = [
    w.t(r.policy === 'order_up_to' ? 'plan.reason.demandReview' : 'plan.reason.demand', {
      head,
      days: n(r.coverDays),
      lead: d(r.leadMeanDays),
      leadSd: d(r.leadSdDays),
      source: w.t(`plan.reason.source.${r.leadSource}`),
      review: n(r.reviewDays),
      mean: d(r.mean),
      sd: d(r.sd),
      level: d(r.level),
      safety: d(r.safety),
      shape: w.t(`plan.reason.shape.${r.shape}`),
    }),
  ];
  const onHand = w.t(r.hasSnapshot ? 'plan.reason.onHand' : 'plan.reason.onHandNoSnapshot', { qty: n(r.onHand) });
  const position = { position: n(r.position), onHand, onOrder: n(r.onOrder), need: d(r.need) };
  parts.push(
    r.reorderAt !== null && r.upTo !== null
      ? w.t('plan.reason.positionReorder', { ...position, at: d(r.reorderAt), upTo: d(r.upTo) })
      : w.t('plan.reason.position', position),
  );
  const rounding = roundingWords(w, r.rounding);
  if (rounding) parts.push(rounding);
  if (r.container) {
    const c = r.container;
    parts.push(
      w.t(c.to === 0 ? 'plan.reason.containerDelayed' : 'plan.reason.container', {
        max: c.maxContainers, from: n(c.from), to: n(c.to), margin: w.number(c.marginPerSpace), unit: c.basis === 'volume' ? 'm³' : 'kg',
      }),
    );
  }
  if (r.budget) {
    const b = r.budget;
    parts.push(
      w.t(b.to === 0 ? 'plan.reason.budgetDelayed' : 'plan.reason.budget', {
        from: n(b.from), to: n(b.to), margin: w.number(b.marginPerCash), before: percentText(b.fillBefore), after: percentText(b.fillAfter),
      }),
    );
  }
  if (r.edited) parts.push(w.t('plan.reason.edited', { from: n(r.edited.from), to: n(r.edited.to) }));
  for (const flag of r.flags) parts.push(planFlagWording(w, flag));
  return parts.join(w.t('plan.reason.separator'));
}

/** One flag; flags of plans stored before they were data keep their sentence. */
export function planFlagWording(w: PlanReasonWording, flag: PlanFlag): string {
  switch (flag.kind) {
    case 'capped':
      return w.t('plan.flag.capped', { max: w.number(flag.max), waiting: w.number(Math.round(flag.waiting)) });
    case 'termsConflict':
      return w.t('plan.flag.termsConflict');
    case 'rolledForward':
      return w.t('plan.flag.rolledForward', { date: w.date(flag.snapshotDate), sold: w.number(Math.round(flag.sold)), received: w.number(Math.round(flag.received)) });
    case 'overdue':
      return w.t(flag.lines === 1 ? 'plan.flag.overdue.one' : 'plan.flag.overdue.many', { count: flag.lines });
    case 'lockedFrom':
      return w.t('plan.flag.lockedFrom', { planId: flag.planId });
    case 'noContainerData':
      return w.t('plan.flag.noContainerData');
    case 'text':
      return flag.text;
  }
}
