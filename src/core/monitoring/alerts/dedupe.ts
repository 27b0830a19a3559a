import type { Detection } from './types';

/**
 * One alert per SKU-location: when several kinds fire on the same SKU at the same place (a
 * stock-out and a forecast bias, excess and dead stock), the one with the most money at stake
 * stays and names the others in its facts (`alsoKinds`) — open work before what a plan line already
 * answers, so a covered stock-out never hides an uncovered forecast bias. Works for any kind whose entity names a
 * product and a location, so new kinds take part by their money alone. PO and supplier alerts pass.
 */
export function onePerSkuLocation(found: readonly Detection[]): Detection[] {
  const best = new Map<string, Detection>();
  const others = new Map<string, string[]>();
  const out: Detection[] = [];
  for (const d of found) {
    const { productId, locationId } = d.entity;
    if (productId === undefined || locationId === undefined) {
      out.push(d);
      continue;
    }
    const subject = `${productId}@${locationId}`;
    const kept = best.get(subject);
    if (!kept) {
      best.set(subject, d);
      continue;
    }
    const list = others.get(subject) ?? [];
    others.set(subject, list);
    if (outranks(d, kept)) {
      list.push(kept.kind);
      best.set(subject, d);
    } else list.push(d.kind);
  }
  for (const [subject, d] of best) {
    const also = others.get(subject);
    out.push(also ? { ...d, facts: { ...d.facts, alsoKinds: [...new Set(also)].join(',') } } : d);
  }
  return out;
}

function outranks(a: Detection, b: Detection): boolean {
  const coveredA = a.facts.planLineId !== undefined;
  const coveredB = b.facts.planLineId !== undefined;
  return coveredA !== coveredB ? coveredB : a.money > b.money;
}
