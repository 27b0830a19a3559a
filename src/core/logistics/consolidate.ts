/**
 * Containers across suppliers: shipment lines on container lanes leaving one origin port for one
 * warehouse in one week share the cheapest load: full 20ft/40ft/40HC boxes plus, where the last few
 * m³ cost less loose than another box, a loose (LCL) remainder at the lines' own freight. Each line
 * then pays its share of the boxes (by its share of the boxed binding dimension) and its own freight
 * for its units left loose, and names the box that holds it. The group's cost against each supplier
 * booking alone is kept.
 */

import { isoFromDay } from '../ground/calendar';
import { cheapestLoad, packInto, singleKindMix } from '../freight/containers';
import { CONTAINER_CAPACITY, type ContainerKind } from '../freight/types';
import type { LogisticsInputs } from './inputs';
import { round2 } from './transfer-step';
import type { ConsolidationGroup, ContainerLoad, Lane, ShipmentLine } from './types';

/** Monday of the week holding a UTC day number (day 0, 1970-01-01, was a Thursday). */
export function weekStartDay(day: number): number {
  return day - ((day + 3) % 7);
}

function containerCosts(lane: Lane): Partial<Record<ContainerKind, number>> {
  const out: Partial<Record<ContainerKind, number>> = {};
  if (lane.costPer20ft !== null) out['20ft'] = lane.costPer20ft;
  if (lane.costPer40ft !== null) out['40ft'] = lane.costPer40ft;
  if (lane.costPer40hc !== null) out['40hc'] = lane.costPer40hc;
  return out;
}

export function consolidate(inputs: LogisticsInputs, shipments: ShipmentLine[], lanesById: Map<number, Lane>): { containers: ContainerLoad[]; groups: ConsolidationGroup[] } {
  const groups = new Map<string, { port: string; toLocationId: number; week: number; lines: ShipmentLine[]; costs: Partial<Record<ContainerKind, number>> }>();
  for (const s of shipments) {
    const lane = lanesById.get(s.laneId);
    if (!lane || lane.originPort === null) continue;
    const costs = containerCosts(lane);
    if (Object.keys(costs).length === 0) continue;
    const product = inputs.products.get(s.productId);
    if (!product?.unitVolume) continue;
    const week = weekStartDay(s.shipDay);
    const key = `${lane.originPort}|${s.toLocationId}|${week}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { port: lane.originPort, toLocationId: s.toLocationId, week, lines: [], costs: {} }));
    g.lines.push(s);
    // The group books at the best price any of its lanes has for each kind.
    for (const [kind, cost] of Object.entries(costs) as [ContainerKind, number][]) g.costs[kind] = Math.min(g.costs[kind] ?? Infinity, cost);
  }
  const containers: ContainerLoad[] = [];
  const out: ConsolidationGroup[] = [];
  for (const g of [...groups.values()].sort((a, b) => a.week - b.week || a.port.localeCompare(b.port) || a.toLocationId - b.toLocationId)) {
    const items = g.lines.map((s) => {
      const p = inputs.products.get(s.productId)!;
      return { units: s.quantity, unitVolumeM3: p.unitVolume ?? 0, unitWeightKg: p.unitWeight ?? 0 };
    });
    const volume = items.reduce((a, i) => a + i.units * i.unitVolumeM3, 0);
    const weight = items.reduce((a, i) => a + i.units * i.unitWeightKg, 0);
    // Loose (LCL, per m³) is what the lines cost on their own: boxes only where they beat it.
    const lclCost = g.lines.reduce((a, s) => a + s.freightCost, 0);
    const mix = cheapestLoad(volume, weight, g.costs, lclCost);
    const boxes = mix.counts['20ft'] + mix.counts['40ft'] + mix.counts['40hc'];
    if (boxes === 0 || !(mix.total < lclCost)) continue;
    const separateCost = separateBooking(g.lines, items, g.costs);
    const packing = packInto(mix.counts, items, mix.looseShare > 0);
    const to = inputs.locations.get(g.toLocationId) ?? String(g.toLocationId);
    const weekStart = isoFromDay(g.week);
    const ids = packing.boxes.map((_, i) => `${g.port}-${to}-${weekStart}-${i + 1}`);
    const binding = mix.binding;
    const sharing = new Map<number, number>();
    for (const s of g.lines) sharing.set(s.supplierId, (sharing.get(s.supplierId) ?? 0) + 1);
    const dim = (item: (typeof items)[number]) => (binding === 'weight' ? item.unitWeightKg : item.unitVolumeM3);
    const boxed = items.reduce((a, item, i) => a + (item.units - packing.looseOfItem[i]!) * dim(item), 0);
    g.lines.forEach((s, i) => {
      const item = items[i]!;
      const loose = packing.looseOfItem[i]!;
      const looseFraction = item.units > 0 ? loose / item.units : 0;
      const share = boxed > 0 ? ((item.units - loose) * dim(item)) / boxed : 0;
      const lane = lanesById.get(s.laneId)!;
      // Boxed units pay their share of the boxes and of the fixed cost; loose units what they cost on their own.
      s.freightCost = round2(mix.cost * share + (1 - looseFraction) * (lane.fixedCost / (sharing.get(s.supplierId) ?? 1)) + looseFraction * s.freightCost);
      s.landedUnitCost = Math.round((s.unitCost + (s.freightCost + s.dutyCost) / s.quantity) * 10_000) / 10_000;
      s.containerId = packing.boxesOfItem[i]!.length > 0 ? (ids[packing.boxesOfItem[i]![0]!] ?? null) : null;
      s.looseUnits = loose;
    });
    packing.boxes.forEach((box, b) => {
      const suppliers = [...new Set(box.items.map((i) => g.lines[i]!.supplier))].sort();
      const boxShare = binding === 'weight' ? (mix.weightKg > 0 ? box.weightKg / mix.weightKg : 0) : mix.volumeM3 > 0 ? box.volumeM3 / mix.volumeM3 : 0;
      const cap = box.kind;
      containers.push({
        id: ids[b]!, originPort: g.port, toLocationId: g.toLocationId, to, weekStart, kind: cap,
        volumeM3: round2(box.volumeM3), weightKg: round2(box.weightKg), fillPct: Math.round(box.fill * 1000) / 10,
        binding: box.volumeM3 / capacityOf(cap).volumeM3 >= box.weightKg / capacityOf(cap).weightKg ? 'volume' : 'weight',
        cost: round2(mix.cost * boxShare), suppliers, lines: new Set(box.items).size,
      });
    });
    out.push({
      originPort: g.port, to, weekStart, counts: mix.counts, cost: round2(mix.total), separateCost: round2(separateCost),
      volumeM3: round2(volume), weightKg: round2(weight), fillPct: Math.round(mix.fill * 1000) / 10,
      boxCost: round2(mix.cost), looseM3: round2(mix.looseM3), looseKg: round2(mix.looseKg), looseCost: round2(mix.looseCost),
      suppliers: [...new Set(g.lines.map((s) => s.supplier))].sort(), containerIds: ids,
    });
  }
  return { containers, groups: out };
}

/** Each supplier shipping alone, as without consolidation: its own 40ft boxes or its lines' LCL freight, whichever is less. */
function separateBooking(lines: readonly ShipmentLine[], items: readonly { units: number; unitVolumeM3: number; unitWeightKg: number }[], costs: Partial<Record<ContainerKind, number>>): number {
  const bySupplier = new Map<number, { v: number; w: number; lcl: number }>();
  lines.forEach((s, i) => {
    const t = bySupplier.get(s.supplierId) ?? { v: 0, w: 0, lcl: 0 };
    t.v += items[i]!.units * items[i]!.unitVolumeM3;
    t.w += items[i]!.units * items[i]!.unitWeightKg;
    t.lcl += s.freightCost;
    bySupplier.set(s.supplierId, t);
  });
  let cost = 0;
  for (const t of bySupplier.values()) cost += Math.min(t.lcl, singleKindMix(t.v, t.w, costs)?.cost ?? Infinity);
  return cost;
}

function capacityOf(kind: ContainerKind) {
  return CONTAINER_CAPACITY[kind];
}

