/**
 * Container consolidation. Goods of one origin port and week going to one warehouse share boxes:
 * the cheapest mix of 20ft / 40ft / 40HC whose total volume AND payload hold them all (dense goods
 * run out of payload before volume), or full boxes plus a loose (LCL) remainder when shipping the
 * last few m³ loose costs less than another box; then the lines packed into those boxes in order, a
 * line split between boxes by whole units where it must be, and each box's fill shown.
 */

import { CONTAINER_CAPACITY, CONTAINER_KINDS, type ContainerKind } from './types';

export type ContainerCounts = Record<ContainerKind, number>;

export interface ContainerMix {
  counts: ContainerCounts;
  cost: number;
  /** Capacity of the mix, and the goods in it. */
  capacityM3: number;
  capacityKg: number;
  volumeM3: number;
  weightKg: number;
  /** The dimension filling the mix more: what a cheaper mix would run out of first. */
  binding: 'volume' | 'weight';
  /** Goods / capacity on the binding dimension, 0–1. */
  fill: number;
}

const EPS = 1e-9;

function mixOf(counts: ContainerCounts, costs: Partial<Record<ContainerKind, number>>, volume: number, weight: number): ContainerMix {
  let capacityM3 = 0;
  let capacityKg = 0;
  let cost = 0;
  for (const kind of CONTAINER_KINDS) {
    capacityM3 += counts[kind] * CONTAINER_CAPACITY[kind].volumeM3;
    capacityKg += counts[kind] * CONTAINER_CAPACITY[kind].weightKg;
    cost += counts[kind] * (costs[kind] ?? 0);
  }
  const volumeFill = capacityM3 > 0 ? volume / capacityM3 : 0;
  const weightFill = capacityKg > 0 ? weight / capacityKg : 0;
  return {
    counts, cost, capacityM3, capacityKg, volumeM3: volume, weightKg: weight,
    binding: weightFill > volumeFill ? 'weight' : 'volume',
    fill: Math.max(volumeFill, weightFill),
  };
}

/**
 * The least-cost mix of the kinds the lane prices that holds `volume` m³ and `weight` kg; null when
 * no kind is priced. Exact: every count of the two larger kinds up to what the load needs alone,
 * with the fewest 20ft boxes that cover the rest. Ties go to fewer boxes.
 */
export function cheapestMix(volume: number, weight: number, costs: Partial<Record<ContainerKind, number>>): ContainerMix | null {
  const kinds = CONTAINER_KINDS.filter((k) => costs[k] !== undefined && Number.isFinite(costs[k]));
  if (kinds.length === 0) return null;
  const need = (kind: ContainerKind) =>
    kinds.includes(kind) ? Math.max(Math.ceil(volume / CONTAINER_CAPACITY[kind].volumeM3 - EPS), Math.ceil(weight / CONTAINER_CAPACITY[kind].weightKg - EPS), 0) : 0;
  const max40 = need('40ft');
  const maxHc = need('40hc');
  let best: ContainerMix | null = null;
  let bestBoxes = Infinity;
  for (let hc = 0; hc <= maxHc; hc++) {
    for (let ft40 = 0; ft40 <= max40; ft40++) {
      const restV = volume - hc * CONTAINER_CAPACITY['40hc'].volumeM3 - ft40 * CONTAINER_CAPACITY['40ft'].volumeM3;
      const restW = weight - hc * CONTAINER_CAPACITY['40hc'].weightKg - ft40 * CONTAINER_CAPACITY['40ft'].weightKg;
      let ft20 = 0;
      if (restV > EPS || restW > EPS) {
        if (!kinds.includes('20ft')) continue;
        ft20 = Math.max(Math.ceil(restV / CONTAINER_CAPACITY['20ft'].volumeM3 - EPS), Math.ceil(restW / CONTAINER_CAPACITY['20ft'].weightKg - EPS), 0);
      }
      const mix = mixOf({ '20ft': ft20, '40ft': ft40, '40hc': hc }, costs, volume, weight);
      const boxes = ft20 + ft40 + hc;
      if (!best || mix.cost < best.cost - EPS || (Math.abs(mix.cost - best.cost) <= EPS && boxes < bestBoxes)) {
        best = mix;
        bestBoxes = boxes;
      }
    }
  }
  return best;
}

/** Boxes and a loose remainder: what does not fit the boxes ships LCL. */
export interface ContainerLoadMix extends ContainerMix {
  /** Share of the goods shipped loose (0–1): the greater of the volume and the weight left over. */
  looseShare: number;
  looseM3: number;
  looseKg: number;
  /** `looseShare` × what shipping all of the goods loose costs. */
  looseCost: number;
  /** Boxes + loose. */
  total: number;
}

function leftOver(volume: number, weight: number, counts: ContainerCounts): number {
  let capV = 0;
  let capW = 0;
  for (const kind of CONTAINER_KINDS) {
    capV += counts[kind] * CONTAINER_CAPACITY[kind].volumeM3;
    capW += counts[kind] * CONTAINER_CAPACITY[kind].weightKg;
  }
  const byVolume = volume > EPS ? Math.max(0, volume - capV) / volume : 0;
  const byWeight = weight > EPS ? Math.max(0, weight - capW) / weight : 0;
  return Math.min(1, Math.max(byVolume, byWeight));
}

/**
 * The least-cost load of `volume` m³ and `weight` kg: any count of boxes of the kinds the lane prices
 * (full ones, up to what the load needs alone) plus the rest loose, at `allLooseCost` × the share of
 * the goods left over (by volume or weight, whichever is greater). All loose is one of the choices
 * (no boxes). Ties go to fewer boxes. The loose share falls linearly with each box until it is 0, so
 * for each count of the larger kinds only the 20ft counts at the kinks are tried.
 */
export function cheapestLoad(volume: number, weight: number, costs: Partial<Record<ContainerKind, number>>, allLooseCost: number): ContainerLoadMix {
  const kinds = CONTAINER_KINDS.filter((k) => costs[k] !== undefined && Number.isFinite(costs[k]));
  const need = (kind: ContainerKind) =>
    kinds.includes(kind) ? Math.max(Math.ceil(volume / CONTAINER_CAPACITY[kind].volumeM3 - EPS), Math.ceil(weight / CONTAINER_CAPACITY[kind].weightKg - EPS), 0) : 0;
  let best: ContainerLoadMix | null = null;
  let bestBoxes = Infinity;
  const consider = (counts: ContainerCounts) => {
    const looseShare = Number.isFinite(allLooseCost) ? leftOver(volume, weight, counts) : 0;
    if (!Number.isFinite(allLooseCost) && leftOver(volume, weight, counts) > EPS) return;
    const mix = mixOf(counts, costs, volume * (1 - looseShare), weight * (1 - looseShare));
    const looseCost = looseShare * (Number.isFinite(allLooseCost) ? allLooseCost : 0);
    const total = mix.cost + looseCost;
    const boxes = counts['20ft'] + counts['40ft'] + counts['40hc'];
    if (!best || total < best.total - EPS || (Math.abs(total - best.total) <= EPS && boxes < bestBoxes)) {
      best = { ...mix, looseShare, looseM3: volume * looseShare, looseKg: weight * looseShare, looseCost, total };
      bestBoxes = boxes;
    }
  };
  for (let hc = 0; hc <= need('40hc'); hc++) {
    for (let ft40 = 0; ft40 <= need('40ft'); ft40++) {
      const restV = volume - hc * CONTAINER_CAPACITY['40hc'].volumeM3 - ft40 * CONTAINER_CAPACITY['40ft'].volumeM3;
      const restW = weight - hc * CONTAINER_CAPACITY['40hc'].weightKg - ft40 * CONTAINER_CAPACITY['40ft'].weightKg;
      const tries = new Set([0]);
      if (kinds.includes('20ft')) {
        for (const x of [restV / CONTAINER_CAPACITY['20ft'].volumeM3, restW / CONTAINER_CAPACITY['20ft'].weightKg]) {
          if (x > 0) {
            tries.add(Math.floor(x + EPS));
            tries.add(Math.ceil(x - EPS));
          }
        }
      }
      for (const ft20 of tries) consider({ '20ft': ft20, '40ft': ft40, '40hc': hc });
    }
  }
  return best!;
}

/** What booking one kind only would cost (the 40ft when priced, else the largest priced kind). */
export function singleKindMix(volume: number, weight: number, costs: Partial<Record<ContainerKind, number>>): ContainerMix | null {
  const kind = costs['40ft'] !== undefined ? '40ft' : (['40hc', '20ft'] as const).find((k) => costs[k] !== undefined);
  if (!kind) return null;
  const n = Math.max(Math.ceil(volume / CONTAINER_CAPACITY[kind].volumeM3 - EPS), Math.ceil(weight / CONTAINER_CAPACITY[kind].weightKg - EPS), 0);
  return mixOf({ '20ft': 0, '40ft': 0, '40hc': 0, [kind]: n } as ContainerCounts, costs, volume, weight);
}

export interface PackItem {
  units: number;
  unitVolumeM3: number;
  unitWeightKg: number;
}

export interface PackedBox {
  kind: ContainerKind;
  volumeM3: number;
  weightKg: number;
  /** Binding-dimension fill, 0–1 (above 1 only when whole units could not be split to fit). */
  fill: number;
  /** Indexes of the items (some or all of their units) in this box. */
  items: number[];
}

export interface Packing {
  boxes: PackedBox[];
  /** Per item, the boxes holding its units, in order. */
  boxesOfItem: number[][];
  /** Per item, the units that ship loose (when packing allows a loose remainder). */
  looseOfItem: number[];
}

/**
 * Packs items into the mix's boxes, largest boxes first and items in the order given, splitting an
 * item by whole units where a box fills. Units left over (rounding of whole units) go in the last
 * box, or with `loose` ship loose: `looseOfItem` counts them.
 */
export function packInto(counts: ContainerCounts, items: readonly PackItem[], loose = false): Packing {
  const boxes: PackedBox[] = [];
  for (const kind of ['40hc', '40ft', '20ft'] as const) {
    for (let i = 0; i < counts[kind]; i++) boxes.push({ kind, volumeM3: 0, weightKg: 0, fill: 0, items: [] });
  }
  const boxesOfItem = items.map(() => [] as number[]);
  const looseOfItem = items.map(() => 0);
  let b = 0;
  items.forEach((item, i) => {
    let left = item.units;
    while (left > EPS && b < boxes.length) {
      const box = boxes[b]!;
      const cap = CONTAINER_CAPACITY[box.kind];
      const roomV = item.unitVolumeM3 > 0 ? Math.floor((cap.volumeM3 - box.volumeM3) / item.unitVolumeM3 + EPS) : Infinity;
      const roomW = item.unitWeightKg > 0 ? Math.floor((cap.weightKg - box.weightKg) / item.unitWeightKg + EPS) : Infinity;
      const isLast = b === boxes.length - 1 && !loose;
      const put = isLast ? left : Math.min(left, roomV, roomW);
      if (put > 0) {
        box.volumeM3 += put * item.unitVolumeM3;
        box.weightKg += put * item.unitWeightKg;
        box.items.push(i);
        boxesOfItem[i]!.push(b);
        left -= put;
      }
      if (left > EPS && !isLast) b++;
    }
    looseOfItem[i] = left > EPS ? left : 0;
  });
  for (const box of boxes) {
    const cap = CONTAINER_CAPACITY[box.kind];
    box.fill = Math.max(box.volumeM3 / cap.volumeM3, box.weightKg / cap.weightKg);
  }
  return { boxes, boxesOfItem, looseOfItem };
}
