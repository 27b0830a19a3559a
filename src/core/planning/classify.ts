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
  // Indices by value, highest first, ties by index: one typed array instead of a pair per item.
  const v = Float64Array.from(values, (x) => Math.max(0, x));
  const order = new Int32Array(v.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (v[b] as number) - (v[a] as number) || a - b);
  let total = 0;
  for (const i of order) total += v[i] as number;
  const out = new Array<Abc>(values.length).fill('C');
  let running = 0;
  for (const i of order) {
    const value = v[i] as number;
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
