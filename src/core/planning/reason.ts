/**
 * The sentence each plan line explains itself with, e.g.
 * "Order-up-to, AX, 95%: demand 35 d (lead 28 ± 6 d measured + review 7 d) 120 ± 40 → level 186
 *  (safety 66, negative binomial); position 3 = on hand 0 (no stock snapshot) + on order 3 → need 183;
 *  183 → 200: case pack 50".
 */

import { numberText } from './number-text';
import type { PlanLine } from './types';

const n = numberText;
const pct = (x: number) => `${n(x * 100, 1)}%`;

export function lineReason(line: PlanLine): string {
  const parts: string[] = [];
  const policy = line.policy === 'order_up_to' ? 'Order-up-to' : 'Reorder point';
  parts.push(`${policy}, ${line.abc}${line.xyz}, ${pct(line.serviceLevel)}`);
  if (line.supplierId === null) return `${parts[0]}: no supplier terms, not ordered`;
  const lt = line.leadTime;
  const review = line.policy === 'order_up_to' ? ` + review ${n(line.reviewDays)} d` : '';
  const shape = line.shape === 'count' ? 'count distribution' : 'normal';
  parts[0] +=
    `: demand ${n(line.coverDays)} d (lead ${n(lt.meanDays, 1)} ± ${n(lt.sdDays, 1)} d ${lt.source}${review}) ` +
    `${n(line.coverMean, 1)} ± ${n(Math.sqrt(line.coverVariance), 1)} → level ${n(line.targetLevel, 1)} (safety ${n(line.safetyStock, 1)}, ${shape})`;
  const onHand = `on hand ${n(line.onHand)}${line.hasSnapshot ? '' : ' (no stock snapshot: taken as 0)'}`;
  const trigger = line.policy === 'reorder_point' ? `, reorder at ${n(line.reorderPoint, 1)} up to ${n(line.orderUpTo, 1)}` : '';
  parts.push(`position ${n(line.position)} = ${onHand} + on order ${n(line.onOrder)}${trigger} → need ${n(Math.max(0, line.needQty), 1)}`);
  if (line.rounding) parts.push(line.rounding);
  if (line.budget) {
    const b = line.budget;
    const what = b.to === 0 ? `delayed (${n(b.from)} cut)` : `cut ${n(b.from)} → ${n(b.to)}`;
    parts.push(`budget: ${what}, margin ${n(b.marginPerCash, 2)} per 1 spent; expected fill ${pct(b.fillBefore)} → ${pct(b.fillAfter)}`);
  }
  if (line.containerCut) {
    const c = line.containerCut;
    const what = c.to === 0 ? `waits for the next order (${n(c.from)} cut)` : `cut ${n(c.from)} → ${n(c.to)}`;
    parts.push(`container limit ${c.maxContainers} per order: ${what}, margin ${n(c.marginPerSpace, 2)} per ${c.basis === 'volume' ? 'm³' : 'kg'}`);
  }
  if (line.edited) parts.push(`edited by planner: ${n(line.suggestedQty)} → ${n(line.quantity)}`);
  for (const flag of line.flags) parts.push(flag);
  return parts.join('; ');
}
