/**
 * Container and volume limits, step 5 of the rounding rule (rounding.ts), per purchase order draft
 * (one supplier shipping to one location):
 *
 *   - A line takes quantity × unit volume (m³) and quantity × unit weight (kg). The draft needs as
 *     many containers as the fuller dimension asks for; that dimension "binds" (dense goods such as
 *     ceramics fill a box's weight limit before its volume).
 *   - A line without the unit figure a capacity is measured in is not counted; when no line has it
 *     the rule is skipped, and the draft and the line say so.
 *   - With a maximum of N containers per order and a draft needing more, lines keep their quantity in
 *     order of margin protected per m³ (per kg when weight binds), locked lines first. A line that no
 *     longer fits is cut to the largest whole number of packs that fits the room left and still meets
 *     its MOQ, else to 0: it waits for the next order. Smaller lines after it may still fit.
 *   - The draft shows its fill ("2 × 58 m³, 87% full") and, when the last container has room, whole
 *     packs of the line whose next pack protects the most margin per m³ (or kg) that would fill it
 *     (at most doubling that line).
 */

import { expectedShortage } from './demand-distribution';
import { marginProtected } from './budget';
import { numberText } from './number-text';
import { largestOrderable, packsDown } from './rounding';
import type { ContainerBasis, ContainerTerms, DraftContainer, PlanLine } from './types';

const EPSILON = 1e-9;
/** A draft using its last allowed container this full is at the limit: little more would ship. */
const FULL = 0.95;

interface Dimension {
  basis: ContainerBasis;
  capacity: number;
}

function dimensions(terms: ContainerTerms): Dimension[] {
  const out: Dimension[] = [];
  if (terms.volumeM3 !== null && terms.volumeM3 > 0) out.push({ basis: 'volume', capacity: terms.volumeM3 });
  if (terms.weightKg !== null && terms.weightKg > 0) out.push({ basis: 'weight', capacity: terms.weightKg });
  return out;
}

/** m³ or kg of one unit; null when unknown (stored plans from before containers have neither). */
export function unitSpace(line: Pick<PlanLine, 'unitVolume' | 'unitWeight'>, basis: ContainerBasis): number | null {
  const value = basis === 'volume' ? line.unitVolume : line.unitWeight;
  return value !== undefined && value !== null && value > 0 ? value : null;
}

/** The supplier's container terms on a line, when it has a capacity at all. */
export function containerOf(line: Pick<PlanLine, 'container'>): ContainerTerms | null {
  const terms = line.container ?? null;
  return terms && dimensions(terms).length > 0 ? terms : null;
}

/** A line the container rule cannot measure: it has none of the unit figures its supplier's capacity is in. */
export function lacksContainerData(line: Pick<PlanLine, 'container' | 'unitVolume' | 'unitWeight'>): boolean {
  const terms = containerOf(line);
  return terms !== null && dimensions(terms).every((d) => unitSpace(line, d.basis) === null);
}

interface Need {
  binding: ContainerBasis | null;
  containers: number;
  totals: Record<ContainerBasis, number>;
  measured: Dimension[];
  linesWithoutData: number;
}

function need(lines: readonly PlanLine[], terms: ContainerTerms): Need {
  const all = dimensions(terms);
  const totals: Record<ContainerBasis, number> = { volume: 0, weight: 0 };
  const seen: Record<ContainerBasis, boolean> = { volume: false, weight: false };
  let linesWithoutData = 0;
  for (const line of lines) {
    let missing = false;
    for (const d of all) {
      const space = unitSpace(line, d.basis);
      if (space === null) missing = true;
      else {
        seen[d.basis] = true;
        totals[d.basis] += line.quantity * space;
      }
    }
    if (missing) linesWithoutData++;
  }
  const measured = all.filter((d) => seen[d.basis]);
  let binding: ContainerBasis | null = null;
  let share = -1;
  for (const d of measured) {
    const s = totals[d.basis] / d.capacity;
    if (s > share + EPSILON) {
      share = s;
      binding = d.basis;
    }
  }
  return { binding, containers: share > EPSILON ? Math.ceil(share - EPSILON) : 0, totals, measured, linesWithoutData };
}

/** Groups the ordering lines of suppliers with a container capacity per draft (supplier × location). */
function draftsWithContainers(lines: readonly PlanLine[]): PlanLine[][] {
  const groups = new Map<string, PlanLine[]>();
  for (const line of lines) {
    if (!(line.quantity > 0) || line.supplierId === null || containerOf(line) === null) continue;
    const key = `${line.supplierId}:${line.locationId}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  return [...groups.values()];
}

/** Cuts each draft that needs more containers than its supplier allows per order; returns the lines cut. */
export function applyContainerLimits(lines: PlanLine[]): number {
  let cut = 0;
  for (const group of draftsWithContainers(lines)) {
    const terms = containerOf(group[0]!)!;
    const max = terms.maxContainers;
    if (max === null || !(max > 0)) continue;
    const n = need(group, terms);
    if (n.binding === null || n.containers <= max) continue;
    const binding = n.binding;
    const room: Record<ContainerBasis, number> = { volume: Infinity, weight: Infinity };
    for (const d of n.measured) room[d.basis] = max * d.capacity;
    const scored = group.map((line) => {
      const space = unitSpace(line, binding);
      return { line, density: space === null ? Infinity : marginProtected(line, line.quantity) / (line.quantity * space) };
    });
    // Locked lines first, then the most margin per m³ (kg); lines that cannot be measured take no known room.
    scored.sort((a, b) => Number(b.line.locked) - Number(a.line.locked) || b.density - a.density || a.line.productId - b.line.productId);
    for (const { line, density } of scored) {
      const fits = n.measured.every((d) => line.quantity * (unitSpace(line, d.basis) ?? 0) <= room[d.basis] + EPSILON);
      if (!line.locked && !fits) {
        let limit = Infinity;
        for (const d of n.measured) {
          const space = unitSpace(line, d.basis);
          if (space !== null) limit = Math.min(limit, Math.max(0, room[d.basis]) / space);
        }
        const to = largestOrderable(line.quantity, limit + EPSILON, line);
        cutLine(line, to, { basis: binding, maxContainers: max, marginPerSpace: Number.isFinite(density) ? density : 0, capacity: capacityOf(terms, binding) });
        cut++;
      }
      for (const d of n.measured) room[d.basis] -= line.quantity * (unitSpace(line, d.basis) ?? 0);
    }
  }
  return cut;
}

function capacityOf(terms: ContainerTerms, basis: ContainerBasis): number {
  return (basis === 'volume' ? terms.volumeM3 : terms.weightKg) ?? 0;
}

export function spaceText(value: number, basis: ContainerBasis): string {
  return basis === 'volume' ? `${numberText(value, 2)} m³` : `${numberText(value, 0)} kg`;
}

function cutLine(line: PlanLine, to: number, x: { basis: ContainerBasis; maxContainers: number; marginPerSpace: number; capacity: number }): void {
  const from = line.quantity;
  line.containerCut = { from, to, basis: x.basis, maxContainers: x.maxContainers, marginPerSpace: x.marginPerSpace };
  const pack = line.orderMultiple > 1 ? ` in packs of ${numberText(line.orderMultiple, 2)}` : '';
  const text = `${numberText(from, 2)} → ${numberText(to, 2)}: container limit ${x.maxContainers} × ${spaceText(x.capacity, x.basis)}${pack}`;
  line.rounding = line.rounding ? `${line.rounding}; ${text}` : text;
  line.roundingSteps = [...line.roundingSteps, 'container'];
  line.suggestedQty = to;
  line.quantity = to;
  if (to === 0) line.status = 'cut';
}

/** The container fill of one draft's lines, or null when its supplier ships without a container capacity. */
export function draftContainer(lines: readonly PlanLine[]): DraftContainer | null {
  const ordering = lines.filter((l) => l.quantity > 0);
  const terms = ordering.length > 0 ? containerOf(ordering[0]!) : null;
  if (!terms) return null;
  const n = need(ordering, terms);
  const base = {
    volumeM3: terms.volumeM3, weightKg: terms.weightKg, maxContainers: terms.maxContainers,
    volume: round(n.totals.volume, 4), weight: round(n.totals.weight, 2), linesWithoutData: n.linesWithoutData,
    cutLines: lines.filter((l) => l.containerCut !== null && l.containerCut !== undefined).length,
  };
  if (n.binding === null) {
    return { ...base, status: 'no_data', binding: null, containers: 0, fill: 0, roomVolume: null, roomWeight: null, fillWith: null };
  }
  const containers = Math.max(1, n.containers);
  const roomOf = (basis: ContainerBasis) => {
    const d = n.measured.find((m) => m.basis === basis);
    return d ? Math.max(0, containers * d.capacity - n.totals[basis]) : null;
  };
  const room = { volume: roomOf('volume'), weight: roomOf('weight') };
  const max = terms.maxContainers;
  const fill = n.totals[n.binding] / (containers * capacityOf(terms, n.binding));
  return {
    ...base,
    status: max === null ? 'within' : containers > max ? 'over' : containers === max && fill >= FULL ? 'at_limit' : 'within',
    binding: n.binding,
    containers,
    fill,
    roomVolume: room.volume === null ? null : round(room.volume, 4),
    roomWeight: room.weight === null ? null : round(room.weight, 2),
    fillWith: fillingLine(ordering, n, room),
  };
}

/** Whole packs of the line whose next pack protects the most margin per m³ (kg) that fit the room left, up to its own quantity again. */
function fillingLine(lines: readonly PlanLine[], n: Need, room: Record<ContainerBasis, number | null>): DraftContainer['fillWith'] {
  const binding = n.binding!;
  let best: { line: PlanLine; units: number; density: number } | null = null;
  for (const line of lines) {
    let limit = Infinity;
    for (const d of n.measured) {
      const space = unitSpace(line, d.basis);
      const left = room[d.basis];
      if (space === null || left === null) {
        limit = 0;
        break;
      }
      limit = Math.min(limit, left / space);
    }
    const pack = line.orderMultiple > 0 ? line.orderMultiple : 1;
    // At most doubling the line: a 1%-full 40ft box must not suggest half a million lip tints.
    const units = Number.isFinite(limit) ? packsDown(Math.min(limit + EPSILON, line.quantity), pack) : 0;
    if (!(units > 0)) continue;
    const density = nextPackMargin(line, pack) / (pack * unitSpace(line, binding)!);
    if (!best || density > best.density + EPSILON) best = { line, units, density };
  }
  return best ? { productId: best.line.productId, sku: best.line.sku, units: best.units } : null;
}

function nextPackMargin(line: PlanLine, pack: number): number {
  const cost = line.unitCost ?? 0;
  const margin = line.unitPrice !== null ? Math.max(0, line.unitPrice - cost) : cost;
  const d = { mean: line.coverMean, variance: line.coverVariance, shape: line.shape };
  const at = line.position + line.quantity;
  return margin * (expectedShortage(d, at) - expectedShortage(d, at + pack));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** "2 × 58 m³ / 21,700 kg, 87% full (volume)", for files and the CLI; the UI words it itself. */
export function containerFillText(c: DraftContainer): string {
  const box = [c.volumeM3 !== null ? spaceText(c.volumeM3, 'volume') : null, c.weightKg !== null ? spaceText(c.weightKg, 'weight') : null].filter(Boolean).join(' / ');
  if (c.status === 'no_data') return `${box} containers: no unit volume or weight, rule skipped`;
  const limit = c.maxContainers !== null ? ` (max ${c.maxContainers}${c.status === 'over' ? ', OVER' : ''})` : '';
  return `${c.containers} × ${box}, ${numberText(c.fill * 100, 0)}% full by ${c.binding}${limit}`;
}
