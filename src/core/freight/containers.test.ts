import { describe, expect, it } from 'vitest';
import { cheapestMix, packInto, singleKindMix } from './containers';

const COSTS = { '20ft': 1000, '40ft': 1600, '40hc': 1700 };

describe('container mix', () => {
  it('finds a mix cheaper than booking 40ft boxes only: 70 m³ go in a 40ft and a 20ft', () => {
    // 40ft + 20ft = 86 m³ for 2,600; two 40ft = 3,200; one 40HC (68 m³) is too small; 40HC + 20ft = 2,700.
    const mix = cheapestMix(70, 7_000, COSTS)!;
    expect(mix.counts).toEqual({ '20ft': 1, '40ft': 1, '40hc': 0 });
    expect(mix.cost).toBe(2600);
    expect(mix.binding).toBe('volume');
    expect(mix.fill).toBeCloseTo(70 / 86, 6);
    expect(singleKindMix(70, 7_000, COSTS)!.cost).toBe(3200);
  });

  it('fills by volume: 100 m³ of light goods take two 40ft (116 m³) for 3,200', () => {
    const mix = cheapestMix(100, 5_000, COSTS)!;
    expect(mix.counts).toEqual({ '20ft': 0, '40ft': 2, '40hc': 0 });
    expect(mix.cost).toBe(3200);
    expect(mix.binding).toBe('volume');
  });

  it('fills by weight: 20 m³ of tiles weighing 50 t need three 20ft (65.1 t), not one box their volume fits in', () => {
    // 20ft + 40ft hold 48.2 t (too little); three 20ft 65.1 t for 3,000; two 40ft 53 t for 3,200.
    const mix = cheapestMix(20, 50_000, COSTS)!;
    expect(mix.counts).toEqual({ '20ft': 3, '40ft': 0, '40hc': 0 });
    expect(mix.cost).toBe(3000);
    expect(mix.binding).toBe('weight');
    expect(mix.fill).toBeCloseTo(50_000 / 65_100, 6);
  });

  it('books only the kinds the lane prices, and nothing without a price', () => {
    expect(cheapestMix(70, 7_000, { '40hc': 1700 })!.counts).toEqual({ '20ft': 0, '40ft': 0, '40hc': 2 });
    expect(cheapestMix(70, 7_000, {})).toBeNull();
  });

  it('packs lines in order into the boxes, splitting a line by whole units where a box fills', () => {
    const packing = packInto({ '20ft': 1, '40ft': 1, '40hc': 0 }, [
      { units: 1000, unitVolumeM3: 0.05, unitWeightKg: 10 },
      { units: 300, unitVolumeM3: 0.05, unitWeightKg: 10 },
    ]);
    // The 40ft takes the first line (50 m³) and 160 units (8 m³) of the second; the 20ft the other 140 (7 m³).
    expect(packing.boxes.map((b) => [b.kind, Math.round(b.volumeM3 * 100) / 100, Math.round(b.fill * 100) / 100])).toEqual([['40ft', 58, 1], ['20ft', 7, 0.25]]);
    expect(packing.boxesOfItem).toEqual([[0], [0, 1]]);
  });
});
