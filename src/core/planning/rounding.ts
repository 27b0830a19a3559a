/**
 * The one rounding rule that turns a planned need into an orderable quantity under a supplier's terms.
 *
 *   1. A need of zero or less orders nothing.
 *   2. Round the need UP to a whole number of order multiples (case packs).
 *   3. If that is below the MOQ, raise it to the MOQ, itself rounded up to a whole pack.
 *   4. If a maximum is given and the quantity is above it, cut it to the largest whole pack that fits
 *      under the maximum (zero when not even one pack fits); the line is flagged as capped.
 *   5. Container limit, per purchase order draft (containers.ts): when a supplier's order may fill at
 *      most N containers and the draft needs more, lines are kept in order of margin protected per m³
 *      (per kg when weight binds) and the first that no longer fits is cut to the largest whole
 *      number of packs that fits the room left and still meets the MOQ (`largestOrderable`), else 0:
 *      it waits for the next order.
 *
 * Rounding up (never to nearest) keeps the service target the need was computed for. Each step
 * that changed the quantity is recorded, so a line can say "183 → 200: case pack 50".
 */

import { numberText } from './number-text';

export interface OrderTerms {
  /** Minimum order quantity (0 or 1 = none). */
  moq: number;
  /** Case pack / order multiple, > 0. */
  orderMultiple: number;
  /** Maximum per order, or null. */
  maxOrderQty: number | null;
}

export type RoundingStep = 'case_pack' | 'moq' | 'max' | 'container';

/** One step that changed the quantity: from, to, and the term that made it (pack, MOQ or maximum). */
export interface RoundingPart {
  step: RoundingStep;
  from: number;
  to: number;
  term: number;
  /** The pack the MOQ or maximum was rounded to a whole number of, when that changed it. */
  pack: number | null;
}

export interface RoundedQuantity {
  need: number;
  quantity: number;
  steps: RoundingStep[];
  /** The maximum cut the quantity below the need (the remainder must wait for another order). */
  capped: boolean;
  /** MOQ above the maximum: the terms cannot both be met. */
  conflict: boolean;
  /** e.g. "183 → 200: case pack 50"; "" when nothing changed. */
  explanation: string;
  /** The same steps as data, for a translated text. */
  parts: RoundingPart[];
}

/** Quantities are REAL: tolerate float noise such as 0.1 + 0.2 when dividing by the pack. */
const EPSILON = 1e-9;

export function roundToTerms(need: number, terms: OrderTerms): RoundedQuantity {
  const pack = terms.orderMultiple > 0 ? terms.orderMultiple : 1;
  // Built in place and returned as is: a plan rounds every one of its lines.
  const base: RoundedQuantity = { need, quantity: 0, steps: [], capped: false, conflict: false, explanation: '', parts: [] };
  if (!(need > EPSILON)) {
    if (need > 0) base.explanation = `${fmt(need)} → 0: below rounding tolerance`;
    return base;
  }
  const parts: string[] = [];
  let quantity = packsUp(need, pack);
  if (quantity !== need) {
    base.steps.push('case_pack');
    base.parts.push({ step: 'case_pack', from: need, to: quantity, term: pack, pack: null });
    parts.push(`${fmt(need)} → ${fmt(quantity)}: case pack ${fmt(pack)}`);
  }
  const moqLevel = terms.moq > 0 ? packsUp(terms.moq, pack) : 0;
  if (quantity < moqLevel) {
    base.steps.push('moq');
    base.parts.push({ step: 'moq', from: quantity, to: moqLevel, term: terms.moq, pack: moqLevel !== terms.moq ? pack : null });
    parts.push(`${fmt(quantity)} → ${fmt(moqLevel)}: MOQ ${fmt(terms.moq)}${moqLevel !== terms.moq ? ` in packs of ${fmt(pack)}` : ''}`);
    quantity = moqLevel;
  }
  const max = terms.maxOrderQty;
  if (max !== null && max > 0 && quantity > max + EPSILON) {
    const capped = packsDown(max, pack);
    base.steps.push('max');
    base.parts.push({ step: 'max', from: quantity, to: capped, term: max, pack: capped !== max ? pack : null });
    base.capped = capped < need - EPSILON;
    base.conflict = capped < moqLevel;
    parts.push(`${fmt(quantity)} → ${fmt(capped)}: max ${fmt(max)}${capped !== max ? ` in packs of ${fmt(pack)}` : ''}`);
    quantity = capped;
  }
  base.quantity = quantity;
  base.explanation = parts.join('; ');
  return base;
}

/**
 * The most of `quantity` that can be ordered when only `limit` units fit (room in a container, cash
 * left in a budget): whole packs, at least the MOQ, else nothing.
 */
export function largestOrderable(quantity: number, limit: number, terms: Pick<OrderTerms, 'moq' | 'orderMultiple'>): number {
  if (!(limit > 0) || !(quantity > 0)) return 0;
  const pack = terms.orderMultiple > 0 ? terms.orderMultiple : 1;
  const fit = packsDown(Math.min(quantity, limit), pack);
  return fit > 0 && fit >= packsUp(terms.moq, pack) ? fit : 0;
}

/** The smallest whole number of packs holding `x`. */
export function packsUp(x: number, pack: number): number {
  return tidy(Math.ceil(x / pack - EPSILON) * pack);
}

/** The largest whole number of packs not above `x`. */
export function packsDown(x: number, pack: number): number {
  return tidy(Math.floor(x / pack + EPSILON) * pack);
}

/** Removes float noise from pack × count (e.g. 3 × 0.1 = 0.30000000000000004). */
function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function fmt(x: number): string {
  return numberText(x, 2);
}
