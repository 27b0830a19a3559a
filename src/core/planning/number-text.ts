/**
 * Numbers in reasons ("1,183 → 1,200"), as `Intl.NumberFormat('en', { maximumFractionDigits })`
 * writes them. Plain numbers take a fast path: V8's Intl rounds the shortest decimal that reads back
 * as the number (0.15 → "0.2", where toFixed's exact binary value gives "0.1"), half away from zero,
 * so the fast path rounds the digits of String(x) the same way, drops trailing zeros and groups
 * thousands — a 50,000-line plan formats over half a million numbers and Intl costs a microsecond
 * each. Anything else (−0, exponent notation, NaN, ∞) goes to a cached Intl formatter (a new one per
 * call cost seconds).
 */

const formatters = new Map<number, Intl.NumberFormat>();

export function numberText(x: number, maxDigits = 0): string {
  const fast = Object.is(x, -0) ? null : fastText(x, maxDigits);
  if (fast !== null) return fast;
  let f = formatters.get(maxDigits);
  if (!f) formatters.set(maxDigits, (f = new Intl.NumberFormat('en', { maximumFractionDigits: maxDigits })));
  return f.format(x);
}

/** null when String(x) is not plain digits (exponent, NaN, Infinity). */
function fastText(x: number, maxDigits: number): string | null {
  const plain = String(x < 0 ? -x : x);
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return null;
  }
  const dot = plain.indexOf('.');
  let whole = dot < 0 ? plain : plain.slice(0, dot);
  let fraction = dot < 0 ? '' : plain.slice(dot + 1);
  if (fraction.length > maxDigits) {
    const up = fraction.charCodeAt(maxDigits) >= 53; /* '5': half away from zero */
    fraction = fraction.slice(0, maxDigits);
    if (up) {
      const digits = roundUp(whole + fraction);
      whole = digits.slice(0, digits.length - maxDigits);
      fraction = digits.slice(digits.length - maxDigits);
    }
    let end = fraction.length;
    while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
    fraction = fraction.slice(0, end);
  }
  return (x < 0 ? '-' : '') + grouped(whole) + (fraction ? `.${fraction}` : '');
}

/** A string of decimal digits plus one in its last place. */
function roundUp(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
}

function grouped(whole: string): string {
  if (whole.length <= 3) return whole;
  const head = whole.length % 3 || 3;
  let out = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}
