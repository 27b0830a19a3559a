import { describe, expect, it } from 'vitest';
import { cheapestLoad, cheapestMix, packInto, singleKindMix } from './containers';

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

  it('ships a 3 m³ remainder loose rather than in a 20ft box that costs more', () => {
    // 71 m³ at 400 a m³ loose = 28,400. With cheap boxes 40ft + 20ft (2,600) beat 40HC + 3 m³ loose
    // (1,700 + 1,200); at sea prices (20ft 5,000, 40HC 8,500) the remainder goes loose: 9,700 against 13,500.
    expect(cheapestLoad(71, 7_100, COSTS, 28_400).counts).toEqual({ '20ft': 1, '40ft': 1, '40hc': 0 });
    const load = cheapestLoad(71, 7_100, { '20ft': 5000, '40ft': 8000, '40hc': 8500 }, 28_400);
    expect(load.counts).toEqual({ '20ft': 0, '40ft': 0, '40hc': 1 });
    expect(load.looseM3).toBeCloseTo(3, 9);
    expect(load.looseCost).toBeCloseTo(1200, 6);
    expect(load.total).toBeCloseTo(9700, 6);
    expect(load.fill).toBeCloseTo(1, 9);
  });

  it('counts a remainder by weight when dense goods fill the payload first, and ships all loose when boxes cost more', () => {
    // 30 m³ of tiles weighing 30 t: one 40ft holds 26.5 t; the 3.5 t left are 11.7% of the goods, 11.7% of 12,000 loose.
    const dense = cheapestLoad(30, 30_000, { '40ft': 8000 }, 12_000);
    expect(dense.counts).toEqual({ '20ft': 0, '40ft': 1, '40hc': 0 });
    expect(dense.looseKg).toBeCloseTo(3_500, 6);
    expect(dense.looseCost).toBeCloseTo(1_400, 6);
    // 5 m³ loose at 100 a m³ (500) is cheaper than any box.
    const small = cheapestLoad(5, 500, COSTS, 500);
    expect([small.counts, small.looseShare, small.total]).toEqual([{ '20ft': 0, '40ft': 0, '40hc': 0 }, 1, 500]);
  });

  it('leaves the units that do not fit the boxes loose when packing with a remainder', () => {
    const packing = packInto({ '20ft': 0, '40ft': 0, '40hc': 1 }, [{ units: 1000, unitVolumeM3: 0.05, unitWeightKg: 10 }, { units: 700, unitVolumeM3: 0.03, unitWeightKg: 2 }], true);
    expect(packing.looseOfItem).toEqual([0, 100]);
    expect(packing.boxesOfItem).toEqual([[0], [0]]);
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
