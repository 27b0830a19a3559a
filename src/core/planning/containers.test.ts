import { describe, expect, it } from 'vitest';
import { applyContainerLimits, draftContainer } from './containers';
import { buildDrafts } from './po-drafts';
import { BOX_20FT, line } from '../../../test/fixtures/planning-lines';
import type { ContainerTerms } from './types';

describe('the container rule (step 5 of the rounding rule)', () => {
  it('is skipped, and says so, when no line has a unit volume or weight', () => {
    const lines = [line(5000, { unitVolume: null, unitWeight: null }), line(3000, { unitVolume: null, unitWeight: null })];
    expect(applyContainerLimits(lines)).toBe(0);
    expect(lines.map((l) => l.quantity)).toEqual([5000, 3000]);
    expect(draftContainer(lines)).toMatchObject({ status: 'no_data', containers: 0, linesWithoutData: 2, binding: null, fillWith: null });
  });

  it('does nothing for a supplier without a container capacity', () => {
    const lines = [line(100_000, { container: null })];
    expect(applyContainerLimits(lines)).toBe(0);
    expect(draftContainer(lines)).toBeNull();
    expect(buildDrafts(lines, new Map())[0]!.container).toBeNull();
  });

  it('keeps a draft that fills its containers exactly', () => {
    const lines = [line(1400), line(1400)]; // 2 × 14 m³ = 28 m³
    expect(applyContainerLimits(lines)).toBe(0);
    expect(lines.map((l) => l.quantity)).toEqual([1400, 1400]);
    expect(draftContainer(lines)).toMatchObject({ status: 'at_limit', containers: 1, fill: 1, binding: 'volume', roomVolume: 0, fillWith: null });
  });

  it('calls a draft at its limit only when its last allowed container is at least 95% full', () => {
    expect(draftContainer([line(2660)])).toMatchObject({ status: 'at_limit', containers: 1 }); // 26.6 of 28 m³ = 95%
    expect(draftContainer([line(2659)])).toMatchObject({ status: 'within', containers: 1 });
    expect(draftContainer([line(2660, { container: BOX_20FT })])).toMatchObject({ status: 'within' }); // no maximum
  });

  it('cuts one unit over the limit from the line protecting the least margin per m³', () => {
    const rich = line(1400, { unitPrice: 90 });
    const poor = line(1401, { unitPrice: 12 });
    expect(applyContainerLimits([rich, poor])).toBe(1);
    expect(rich.quantity).toBe(1400);
    expect(poor).toMatchObject({ quantity: 1400, suggestedQty: 1400, roundingSteps: ['container'] });
    expect(poor.containerCut).toMatchObject({ from: 1401, to: 1400, basis: 'volume', maxContainers: 1 });
    expect(poor.rounding).toBe('1,401 → 1,400: container limit 1 × 28 m³');
    expect(draftContainer([rich, poor])).toMatchObject({ status: 'at_limit', containers: 1, cutLines: 1 });
  });

  it('needs more containers without a maximum, and shows the fill and what would fill the last one', () => {
    const lines = [line(2000, { container: BOX_20FT }), line(1000, { container: BOX_20FT, orderMultiple: 50, unitPrice: 80 })];
    expect(applyContainerLimits(lines)).toBe(0);
    const fill = draftContainer(lines)!;
    // 30 m³ in 20ft boxes of 28 m³: two boxes, 30/56 full, 26 m³ of room = 2,600 units of 0.01 m³.
    expect(fill).toMatchObject({ status: 'within', containers: 2, binding: 'volume', volume: 30, roomVolume: 26 });
    expect(fill.fill).toBeCloseTo(30 / 56, 9);
    expect(fill.fillWith!.units % 1).toBe(0);
    expect(fill.fillWith!.units).toBeLessThanOrEqual(2000);
    expect(fill.fillWith!.units).toBeGreaterThan(0);
  });

  it('cuts a single line bigger than the containers allowed to what fits, in whole packs', () => {
    const big = line(3000, { orderMultiple: 48 }); // 30 m³ in one 28 m³ box
    applyContainerLimits([big]);
    expect(big.quantity).toBe(2784); // 58 packs of 48 = 27.84 m³
    expect(big.rounding).toBe('3,000 → 2,784: container limit 1 × 28 m³ in packs of 48');
    // Without a maximum it simply takes two containers.
    const free = line(3000, { container: BOX_20FT });
    applyContainerLimits([free]);
    expect(free.quantity).toBe(3000);
    expect(draftContainer([free])).toMatchObject({ containers: 2, status: 'within' });
  });

  it('lets weight bind before volume for dense goods', () => {
    // Ceramic: 0.004 m³ but 2 kg a unit. 12,000 units = 48 m³ (fits a 58 m³ 40ft) but 24,000 kg (over 21,700).
    const terms: ContainerTerms = { volumeM3: 58, weightKg: 21_700, maxContainers: 1 };
    const mugs = line(12_000, { unitVolume: 0.004, unitWeight: 2, container: terms });
    expect(draftContainer([mugs])).toMatchObject({ binding: 'weight', containers: 2, status: 'over' });
    applyContainerLimits([mugs]);
    expect(mugs.quantity).toBe(10_850);
    expect(mugs.containerCut).toMatchObject({ basis: 'weight' });
    expect(mugs.rounding).toBe('12,000 → 10,850: container limit 1 × 21,700 kg');
    expect(draftContainer([mugs])).toMatchObject({ binding: 'weight', containers: 1, status: 'at_limit', roomWeight: 0 });
  });

  it('keeps the MOQ and case pack: a line whose MOQ does not fit waits for the next order', () => {
    const first = line(2500, { unitPrice: 90 }); // 25 m³: 3 m³ left
    const moqTooBig = line(500, { moq: 400, orderMultiple: 100, unitPrice: 11 }); // 300 units fit, MOQ 400
    const packed = line(240, { orderMultiple: 24, unitPrice: 10.5, unitVolume: 0.0125 }); // after the MOQ line, 3 m³ = 240 units
    expect(applyContainerLimits([first, moqTooBig, packed])).toBe(1);
    expect(first.quantity).toBe(2500);
    expect(moqTooBig).toMatchObject({ quantity: 0, status: 'cut' });
    expect(moqTooBig.rounding).toBe('500 → 0: container limit 1 × 28 m³ in packs of 100');
    expect(packed.quantity).toBe(240);
  });

  it('funds locked lines first, and reports a draft still over its limit', () => {
    const locked = line(3000, { locked: true, unitPrice: 11 });
    const other = line(500, { unitPrice: 90 });
    applyContainerLimits([locked, other]);
    expect(locked.quantity).toBe(3000);
    expect(other.quantity).toBe(0);
    expect(draftContainer([locked, other])).toMatchObject({ status: 'over', containers: 2 });
  });

  it('counts lines with data and names those without', () => {
    const lines = [line(1000), line(5000, { unitVolume: null, unitWeight: null })];
    applyContainerLimits(lines);
    expect(lines[1]!.quantity).toBe(5000);
    expect(draftContainer(lines)).toMatchObject({ status: 'within', containers: 1, volume: 10, linesWithoutData: 1 });
  });
});
