/**
 * Numbers in reasons ("1,183 → 1,200"). Formatters are cached: toLocaleString builds a new
 * Intl.NumberFormat per call, which cost seconds over a 10,000-line plan.
 */

const formatters = new Map<number, Intl.NumberFormat>();

export function numberText(x: number, maxDigits = 0): string {
  let f = formatters.get(maxDigits);
  if (!f) formatters.set(maxDigits, (f = new Intl.NumberFormat('en', { maximumFractionDigits: maxDigits })));
  return f.format(x);
}
