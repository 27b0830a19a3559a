import type { Cell } from '../../ground/files/read/cell';
import type { DateOrder } from '../types';

const SHORT_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b/;

export interface DateOrderGuess {
  order: DateOrder;
  /** Every sample fits both day/month and month/day: the order is a guess. */
  ambiguous: boolean;
}

/**
 * Tell 05/03/2024 (5 March) from 03/05/2024 (also 5 March) by looking at the whole
 * column: one value with a first part above 12 settles day-first, and vice versa.
 * Undecidable columns default to month/day, the order of US platform exports.
 */
export function inferDateOrder(samples: readonly Cell[]): DateOrderGuess {
  let dayFirst = 0;
  let monthFirst = 0;
  let short = 0;
  for (const cell of samples) {
    if (typeof cell !== 'string') continue;
    const match = SHORT_DATE.exec(cell);
    if (!match) continue;
    short++;
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (short === 0) return { order: 'YMD', ambiguous: false };
  if (dayFirst === 0 && monthFirst === 0) return { order: 'MDY', ambiguous: true };
  return { order: dayFirst >= monthFirst ? 'DMY' : 'MDY', ambiguous: false };
}
