import type { Cell } from '../../ground/files/read/cell';
import type { DecimalSeparator } from '../types';

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const MINUS = 45;

/**
 * A number from a cell, or NaN. Plain numbers take a fast path (most cells of a big
 * file); the slow path strips currency signs and units, thousands separators,
 * full-width digits, accounting parentheses, and reads a decimal comma when told to.
 */
export function parseNumber(cell: Cell, decimal: DecimalSeparator = '.'): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== 'string') return cell === true ? 1 : cell === false ? 0 : NaN;
  if (decimal === '.' && isPlainDecimal(cell)) return Number(cell);
  return parseMessyNumber(cell, decimal);
}

function isPlainDecimal(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 20) return false;
  let i = s.charCodeAt(0) === MINUS ? 1 : 0;
  if (i === n) return false;
  let dots = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= ZERO && c <= NINE) digits++;
    else if (c === DOT && dots === 0) dots++;
    else return false;
  }
  return digits > 0;
}

const CURRENCY_WORDS = /^(?:rmb|cny|usd|eur|gbp|hkd|jpy|us\$|hk\$)|(?:rmb|cny|usd|eur|gbp|hkd|jpy|元|圆|块|件|个|pcs|units?)$/i;
const CURRENCY_SIGNS = /[¥￥$€£₩₹]/g;
const SPACES = /[\s\u00a0\u2009\u202f']/g;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function parseMessyNumber(raw: string, decimal: DecimalSeparator): number {
  let s = raw.normalize('NFKC').trim();
  if (s === '') return NaN;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith('-') && !s.startsWith('-')) {
    negative = true;
    s = s.slice(0, -1);
  }
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY_WORDS, '').trim();
  s = s.replace(CURRENCY_SIGNS, '').replace(SPACES, '');
  if (decimal === ',') {
    s = s.replace(/\./g, '').replace(',', '.');
    if (s.includes(',')) return NaN;
  } else {
    if (s.includes(',') && !/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return NaN;
    s = s.replace(/,/g, '');
  }
  if (!PLAIN.test(s)) return NaN;
  const value = Number(s);
  return negative ? -value : value;
}

/**
 * Counts, value by value, how a column writes its decimals: "12,5" or "1.234,56" say comma;
 * "1,234" alone is read as thousands, the more common reading in merchants' exports. Fed every
 * value of a column during the import's pass, so late decimal commas are not missed.
 */
export class DecimalTally {
  comma = 0;
  dot = 0;

  add(cell: Cell): void {
    if (typeof cell !== 'string') return;
    if (isPlainDecimal(cell)) {
      if (cell.includes('.')) this.dot++;
      return;
    }
    const s = cell.normalize('NFKC').replace(SPACES, '');
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) this.comma++;
      else this.dot++;
    } else if (lastComma >= 0) {
      const groups = s.split(',');
      const tail = groups[groups.length - 1]!.replace(/\D.*$/, '');
      if (groups.length === 2 && tail.length !== 3) this.comma++;
    } else if (lastDot >= 0) {
      if (s.indexOf('.') !== lastDot) this.comma++;
      else this.dot++;
    }
  }

  verdict(): DecimalSeparator {
    return this.comma > this.dot ? ',' : '.';
  }
}

/** The decimal separator a set of values says (see `DecimalTally`). */
export function inferDecimalSeparator(samples: readonly Cell[]): DecimalSeparator {
  const tally = new DecimalTally();
  for (const cell of samples) tally.add(cell);
  return tally.verdict();
}
