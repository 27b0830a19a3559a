/**
 * ABC × XYZ segments. ABC by value: SKU-locations ranked by forecast demand × unit cost; the
 * top 80% of value is A, the next 15% B, the rest C. XYZ by variability: the coefficient of
 * variation of a week's forecast error (√variance ÷ mean of the first forecast week): X ≤ 0.5,
 * Y ≤ 1, Z above (and any item with no expected demand). Forecast error, not raw history, because
 * a seasonal but predictable item is not uncertain.
 */

export type Abc = 'A' | 'B' | 'C';
export type Xyz = 'X' | 'Y' | 'Z';

export const ABC_CUTOFFS = { A: 0.8, B: 0.95 } as const;
export const XYZ_CUTOFFS = { X: 0.5, Y: 1 } as const;

export function classifyAbc(values: readonly number[]): Abc[] {
  const order = values.map((v, i) => [Math.max(0, v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const total = order.reduce((s, [v]) => s + v, 0);
  const out = new Array<Abc>(values.length).fill('C');
  let running = 0;
  for (const [value, i] of order) {
    // Class by the share of value before this item, so the item that crosses 80% is still A.
    const before = total > 0 ? running / total : 1;
    out[i] = value > 0 && before < ABC_CUTOFFS.A ? 'A' : value > 0 && before < ABC_CUTOFFS.B ? 'B' : 'C';
    running += value;
  }
  return out;
}

export function classifyXyz(mean: number, variance: number): Xyz {
  if (!(mean > 0)) return 'Z';
  const cv = Math.sqrt(Math.max(0, variance)) / mean;
  return cv <= XYZ_CUTOFFS.X ? 'X' : cv <= XYZ_CUTOFFS.Y ? 'Y' : 'Z';
}
