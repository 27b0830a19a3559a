/**
 * Purchase order drafts: the plan's ordered lines grouped per supplier and ship-to location, dated
 * on the plan date, arriving when the slowest line is expected, with totals and whether the
 * supplier's minimum order value is met (shown, never forced: topping up is the planner's call),
 * and, for suppliers that ship in containers, the containers' fill (containers.ts).
 */

import { draftContainer } from './containers';
import type { SupplierChoice } from './supplier-choice';
import type { PlanLine, SupplierDraft } from './types';

export function buildDrafts(lines: readonly PlanLine[], suppliers: ReadonlyMap<number, Pick<SupplierChoice, 'supplierName' | 'minOrderValue'>>): SupplierDraft[] {
  const drafts = new Map<string, SupplierDraft>();
  const members = new Map<string, PlanLine[]>();
  for (const line of lines) {
    if (line.supplierId === null) continue;
    const key = `${line.supplierId}:${line.locationId}`;
    // Lines the container limit cut to nothing still count among the draft's cut lines.
    if (line.quantity > 0 || line.containerCut) {
      const group = members.get(key);
      if (group) group.push(line);
      else members.set(key, [line]);
    }
    if (!(line.quantity > 0)) continue;
    let draft = drafts.get(key);
    if (!draft) {
      const info = suppliers.get(line.supplierId);
      draft = {
        supplierId: line.supplierId, supplier: line.supplier ?? '', supplierName: info?.supplierName ?? '',
        locationId: line.locationId, location: line.location, currency: line.currency,
        orderDate: line.orderDate, expectedArrival: line.expectedArrival, lines: 0, units: 0, value: 0,
        minOrderValue: info?.minOrderValue ?? null, minOrderValueMet: null, moqRaised: 0, capped: 0, container: null,
      };
      drafts.set(key, draft);
    }
    draft.lines++;
    draft.units += line.quantity;
    draft.value += line.quantity * (line.unitCost ?? 0);
    if (line.expectedArrival > draft.expectedArrival) draft.expectedArrival = line.expectedArrival;
    if (line.orderDate < draft.orderDate) draft.orderDate = line.orderDate;
    if (line.roundingSteps.includes('moq')) draft.moqRaised++;
    if (line.capped) draft.capped++;
  }
  for (const [key, draft] of drafts) draft.container = draftContainer(members.get(key)!);
  const out = [...drafts.values()];
  for (const d of out) {
    d.value = Math.round(d.value * 100) / 100;
    d.minOrderValueMet = d.minOrderValue !== null && d.minOrderValue > 0 ? d.value >= d.minOrderValue : null;
  }
  return out.sort((a, b) => a.supplier.localeCompare(b.supplier) || a.locationId - b.locationId);
}
