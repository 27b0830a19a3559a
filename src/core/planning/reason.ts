/**
 * Why each plan line orders what it orders, as data (`planReason`, shown in the user's language by
 * the UI) and as the English sentence the export carries (`lineReason`), e.g.
 * "Order-up-to, AX, 95%: demand 35 d (lead 28 ± 6 d measured + review 7 d) 120 ± 40 → level 186
 *  (safety 66, negative binomial); position 3 = on hand 0 (no stock snapshot) + on order 3 → need 183;
 *  183 → 200: case pack 50".
 * Stored plans keep the sentence they were made with; lines stored before reasons were data (no
 * `containerCut` field) have no reason data, so the UI shows their sentence as it is.
 */

import { planReasonTranslator, planReasonWording, type PlanReasonWording } from '../../shared/contract/plan-reason-words';
import type { Locale } from '../../shared/contract/schemas/app';
import type { PlanFlag, PlanReason } from '../../shared/contract/schemas/plan-reason';
import { numberText } from './number-text';
import { roundToTerms } from './rounding';
import type { PlanLine } from './types';

export type { PlanFlag, PlanReason };

const n = numberText;
const pct = (x: number) => `${n(x * 100, 1)}%`;

/** `rounding` defaults to the line's rounding steps as data (the English sentence does not need them). */
export function planReason(line: PlanLine, rounding: PlanReason['rounding'] = roundingParts(line)): PlanReason {
  const reorder = line.policy === 'reorder_point';
  const cut = line.containerCut ?? null;
  return {
    policy: line.policy,
    cls: `${line.abc}${line.xyz}`,
    serviceLevel: line.serviceLevel,
    noSupplier: line.supplierId === null,
    coverDays: line.coverDays,
    leadMeanDays: line.leadTime.meanDays,
    leadSdDays: line.leadTime.sdDays,
    leadSource: line.leadTime.source,
    reviewDays: reorder ? 0 : line.reviewDays,
    mean: line.coverMean,
    sd: Math.sqrt(line.coverVariance),
    level: line.targetLevel,
    safety: line.safetyStock,
    shape: line.shape,
    position: line.position,
    onHand: line.onHand,
    hasSnapshot: line.hasSnapshot,
    onOrder: line.onOrder,
    reorderAt: reorder ? line.reorderPoint : null,
    upTo: reorder ? line.orderUpTo : null,
    need: Math.max(0, line.needQty),
    rounding,
    budget: line.budget,
    container: cut ? { from: cut.from, to: cut.to, maxContainers: cut.maxContainers, marginPerSpace: cut.marginPerSpace, basis: cut.basis } : null,
    edited: line.edited ? { from: line.suggestedQty, to: line.quantity } : null,
    flags: line.flags,
  };
}

/** The rounding rule's steps as data; the container step (per draft) follows the line's own terms. */
export function roundingParts(line: PlanLine): PlanReason['rounding'] {
  if (line.supplierId === null) return [];
  const parts = roundToTerms(line.needQty, { moq: line.moq, orderMultiple: line.orderMultiple, maxOrderQty: line.maxOrderQty }).parts;
  const cut = line.containerCut;
  if (!cut) return parts;
  return [...parts, { step: 'container', from: cut.from, to: cut.to, term: cut.maxContainers, pack: line.orderMultiple > 1 ? line.orderMultiple : null }];
}

/** The English sentence (the export's `reason`). */
export function lineReason(line: PlanLine): string {
  // The sentence takes the rounding as the line's own text: no need to redo the rule for its parts.
  return reasonText(planReason(line, []), line.rounding);
}

const exportWordings = new Map<Locale, PlanReasonWording>();

/**
 * The export's `reason` in `locale`: English is the line's own sentence (as before locales, so
 * scripts keep their output); other languages are worded from the line's facts with the table the
 * Replenishment page uses. Lines stored before reasons were data keep their sentence.
 */
export function exportReason(line: PlanLine, locale: Locale = 'en'): string {
  if (locale === 'en' || !hasReasonData(line)) return line.reason;
  let wording = exportWordings.get(locale);
  if (!wording) exportWordings.set(locale, (wording = { t: planReasonTranslator(locale), number: (x) => n(x, 2), date: (iso) => iso }));
  return planReasonWording(wording, planReason(line));
}

/** `rounding` is the line's own rounding text (it names the container's capacity, which the data leaves to the draft). */
export function reasonText(r: PlanReason, rounding: string): string {
  const parts: string[] = [];
  const policy = r.policy === 'order_up_to' ? 'Order-up-to' : 'Reorder point';
  parts.push(`${policy}, ${r.cls}, ${pct(r.serviceLevel)}`);
  if (r.noSupplier) return `${parts[0]}: no supplier terms, not ordered`;
  const review = r.policy === 'order_up_to' ? ` + review ${n(r.reviewDays)} d` : '';
  const shape = r.shape === 'count' ? 'count distribution' : 'normal';
  parts[0] +=
    `: demand ${n(r.coverDays)} d (lead ${n(r.leadMeanDays, 1)} ± ${n(r.leadSdDays, 1)} d ${r.leadSource}${review}) ` +
    `${n(r.mean, 1)} ± ${n(r.sd, 1)} → level ${n(r.level, 1)} (safety ${n(r.safety, 1)}, ${shape})`;
  const onHand = `on hand ${n(r.onHand)}${r.hasSnapshot ? '' : ' (no stock snapshot: taken as 0)'}`;
  const trigger = r.reorderAt !== null && r.upTo !== null ? `, reorder at ${n(r.reorderAt, 1)} up to ${n(r.upTo, 1)}` : '';
  parts.push(`position ${n(r.position)} = ${onHand} + on order ${n(r.onOrder)}${trigger} → need ${n(r.need, 1)}`);
  if (rounding) parts.push(rounding);
  if (r.container) {
    const c = r.container;
    const what = c.to === 0 ? `waits for the next order (${n(c.from)} cut)` : `cut ${n(c.from)} → ${n(c.to)}`;
    parts.push(`container limit ${c.maxContainers} per order: ${what}, margin ${n(c.marginPerSpace, 2)} per ${c.basis === 'volume' ? 'm³' : 'kg'}`);
  }
  if (r.budget) {
    const b = r.budget;
    const what = b.to === 0 ? `delayed (${n(b.from)} cut)` : `cut ${n(b.from)} → ${n(b.to)}`;
    parts.push(`budget: ${what}, margin ${n(b.marginPerCash, 2)} per 1 spent; expected fill ${pct(b.fillBefore)} → ${pct(b.fillAfter)}`);
  }
  if (r.edited) parts.push(`edited by planner: ${n(r.edited.from)} → ${n(r.edited.to)}`);
  for (const flag of r.flags) parts.push(flagText(flag));
  return parts.join('; ');
}

export function flagText(flag: PlanFlag): string {
  switch (flag.kind) {
    case 'capped':
      return `capped by max order ${flag.max}: ${Math.round(flag.waiting)} units must wait for another order`;
    case 'termsConflict':
      return 'supplier terms conflict: MOQ above the maximum order';
    case 'rolledForward':
      return `on hand rolled forward from the stock snapshot of ${flag.snapshotDate}: ${n(flag.sold)} sold, ${n(flag.received)} received since`;
    case 'overdue':
      return `${flag.lines} open PO line${flag.lines > 1 ? 's' : ''} overdue, expected now`;
    case 'lockedFrom':
      return `locked in plan ${flag.planId}: quantity kept`;
    case 'noContainerData':
      return 'container limit skipped: no unit volume or weight';
    case 'text':
      return flag.text;
  }
}

/** Flags of lines stored before flags were data are sentences: kept as they are. */
export function storedFlags(flags: readonly (PlanFlag | string)[] | undefined): PlanFlag[] {
  return (flags ?? []).map((f) => (typeof f === 'string' ? { kind: 'text', text: f } : f));
}

/** Whether a stored line was written with its reason as data (see the note at the top). */
export function hasReasonData(line: PlanLine): boolean {
  return line.containerCut !== undefined;
}
